/** A problem with the file: `where` is a path into it ("contacts[3].emails[0].value"), `id` the record's, when known. */
export class DocumentProblem extends Error {
  constructor(
    readonly where: string,
    message: string,
    readonly id: string | null = null,
  ) {
    super(message);
  }
}

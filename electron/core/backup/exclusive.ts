/** Runs `work` through the caller's `exclusive` (the connection lock) when it has one, else at once. */
export function runExclusive<T>(holder: { exclusive?: (<U>(work: () => Promise<U>) => Promise<U>) | undefined }, work: () => Promise<T>): Promise<T> {
  return holder.exclusive ? holder.exclusive(work) : work();
}

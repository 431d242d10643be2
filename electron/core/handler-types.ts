import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract/index.ts';

export type Handler<M extends MethodName> = (input: ParsedInput<M>) => Promise<MethodOutput<M>>;

/** The handlers one area of the core provides: a subset of the contract's methods. */
export type AreaHandlers<M extends MethodName> = { [K in M]: Handler<K> };

/** Every method of the contract, each with its handler: checked complete at compile time. */
export type AllHandlers = AreaHandlers<MethodName>;

// The engine's contract, types only (the renderer may not import engine code).
export type * from '../../core/contract.ts';

/** Custom requests between the VS Code client and the server; both sides import this file. */

export type MarkdownAnswer = { readonly title: string; readonly markdown: string } | { readonly error: string };

/** `smtpLens/compare`: two codes side by side. */
export const compareMethod = 'smtpLens/compare';
export interface CompareParams {
  readonly first: string;
  readonly second: string;
}

/** `smtpLens/explain`: one code in full. */
export const explainMethod = 'smtpLens/explain';
export interface ExplainParams {
  readonly code: string;
}

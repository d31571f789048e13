// The validator library ships plain JavaScript; these are the parts this project uses.
declare module '@secvisogram/csaf-validator-lib/cwe.js' {
  export const weaknesses: readonly { id: string; name: string }[];
}
declare module '@secvisogram/csaf-validator-lib/basic.js' {
  const tests: Record<string, unknown>;
  export = tests;
}
declare module '@secvisogram/csaf-validator-lib/validateStrict.js' {
  export interface TestResult {
    name: string;
    isValid: boolean;
    errors: { instancePath: string; message: string }[];
  }
  export default function validateStrict(tests: unknown[], document: unknown): Promise<{ isValid: boolean; tests: TestResult[] }>;
}

/**
 * Names of the CWE weaknesses that advisories cite, as MITRE's CWE list gives them
 * (https://cwe.mitre.org/). It covers every CWE in the default content and the fixtures, plus
 * a few that web advisories often cite; a test fails when content cites one missing here.
 */
const CWE_NAMES: Record<string, string> = {
  'CWE-20': 'Improper Input Validation',
  'CWE-22': "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')",
  'CWE-23': 'Relative Path Traversal',
  'CWE-73': 'External Control of File Name or Path',
  'CWE-74': "Improper Neutralization of Special Elements in Output Used by a Downstream Component ('Injection')",
  'CWE-78': "Improper Neutralization of Special Elements used in an OS Command ('OS Command Injection')",
  'CWE-79': "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')",
  'CWE-80': 'Improper Neutralization of Script-Related HTML Tags in a Web Page (Basic XSS)',
  'CWE-89': "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')",
  'CWE-94': "Improper Control of Generation of Code ('Code Injection')",
  'CWE-98': "Improper Control of Filename for Include/Require Statement in PHP Program ('PHP Remote File Inclusion')",
  'CWE-200': 'Exposure of Sensitive Information to an Unauthorized Actor',
  'CWE-203': 'Observable Discrepancy',
  'CWE-204': 'Observable Response Discrepancy',
  'CWE-276': 'Incorrect Default Permissions',
  'CWE-280': 'Improper Handling of Insufficient Permissions or Privileges',
  'CWE-283': 'Unverified Ownership',
  'CWE-284': 'Improper Access Control',
  'CWE-285': 'Improper Authorization',
  'CWE-287': 'Improper Authentication',
  'CWE-306': 'Missing Authentication for Critical Function',
  'CWE-312': 'Cleartext Storage of Sensitive Information',
  'CWE-327': 'Use of a Broken or Risky Cryptographic Algorithm',
  'CWE-352': 'Cross-Site Request Forgery (CSRF)',
  'CWE-434': 'Unrestricted Upload of File with Dangerous Type',
  'CWE-502': 'Deserialization of Untrusted Data',
  'CWE-526': 'Cleartext Storage of Sensitive Information in an Environment Variable',
  'CWE-601': "URL Redirection to Untrusted Site ('Open Redirect')",
  'CWE-611': 'Improper Restriction of XML External Entity Reference',
  'CWE-614': "Sensitive Cookie in HTTPS Session Without 'Secure' Attribute",
  'CWE-639': 'Authorization Bypass Through User-Controlled Key',
  'CWE-732': 'Incorrect Permission Assignment for Critical Resource',
  'CWE-862': 'Missing Authorization',
  'CWE-863': 'Incorrect Authorization',
  'CWE-918': 'Server-Side Request Forgery (SSRF)',
  'CWE-1236': 'Improper Neutralization of Formula Elements in a CSV File',
  'CWE-1284': 'Improper Validation of Specified Quantity in Input',
  'CWE-1336': 'Improper Neutralization of Special Elements Used in a Template Engine',
};

/** The weakness name, or undefined for an id the table does not hold yet. */
export function cweName(id: string): string | undefined {
  return CWE_NAMES[id];
}

/**
 * The short names and abbreviations people search for, by weakness: what a reader types ("xss",
 * "sqli", "rce") rather than MITRE's long names. The search index carries them for every
 * advisory citing the weakness, so any Pagefind client finds them (README, "Search").
 */
const CWE_TERMS: Record<string, readonly string[]> = {
  'CWE-22': ['path traversal', 'directory traversal', 'LFI'],
  'CWE-23': ['path traversal', 'directory traversal'],
  'CWE-73': ['path traversal', 'file name injection'],
  'CWE-74': ['injection'],
  'CWE-78': ['command injection', 'OS command injection', 'RCE', 'remote code execution'],
  'CWE-79': ['XSS', 'cross-site scripting', 'cross site scripting'],
  'CWE-80': ['XSS', 'cross-site scripting', 'cross site scripting'],
  'CWE-89': ['SQLi', 'SQL injection'],
  'CWE-94': ['RCE', 'remote code execution', 'code injection'],
  'CWE-98': ['RFI', 'LFI', 'file inclusion', 'RCE', 'remote code execution'],
  'CWE-200': ['information disclosure', 'information leak'],
  'CWE-284': ['access control', 'authorization bypass'],
  'CWE-285': ['authorization bypass'],
  'CWE-287': ['authentication bypass'],
  'CWE-306': ['missing authentication', 'authentication bypass'],
  'CWE-352': ['CSRF', 'XSRF', 'cross-site request forgery', 'cross site request forgery'],
  'CWE-434': ['file upload', 'unrestricted upload'],
  'CWE-502': ['deserialization', 'object injection', 'RCE', 'remote code execution'],
  'CWE-601': ['open redirect'],
  'CWE-611': ['XXE', 'XML external entity'],
  'CWE-639': ['IDOR', 'insecure direct object reference'],
  'CWE-862': ['missing authorization', 'authorization bypass'],
  'CWE-863': ['incorrect authorization', 'authorization bypass'],
  'CWE-918': ['SSRF', 'server-side request forgery', 'server side request forgery'],
  'CWE-1236': ['CSV injection', 'formula injection'],
  'CWE-1336': ['SSTI', 'template injection', 'server-side template injection'],
};

/** Every word a search for this weakness might use: its id, MITRE's name and the common short names. */
export function cweSearchTerms(id: string): string[] {
  return [id, ...(CWE_NAMES[id] ? [CWE_NAMES[id]] : []), ...(CWE_TERMS[id] ?? [])];
}

/** The common short names only ("XSS", "cross-site scripting"), or none. */
export function cweShortNames(id: string): readonly string[] {
  return CWE_TERMS[id] ?? [];
}

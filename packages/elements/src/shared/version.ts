/** The version of @kl-digital/elements (kept equal to package.json by a test). */
export const VERSION = '0.1.0';

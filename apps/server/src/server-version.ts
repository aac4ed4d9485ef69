/** The version of this package, shown in the OpenAPI document. */
export const serverVersion = '0.1.0';

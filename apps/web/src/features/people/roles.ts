/** The roles an account or key can have on a project, in the order the forms offer them. */
export const accountRoles = ['coordinator', 'researcher', 'admin'] as const;
/** A role on a project. */
export type AccountRole = (typeof accountRoles)[number];

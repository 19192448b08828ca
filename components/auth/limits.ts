// Shared by the password fields in the browser and the schemas on the server; free of zod.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

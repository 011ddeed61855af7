/** The published version of `@supportai/server`; a test keeps it equal to package.json. */
export const SERVER_VERSION = '0.1.0';

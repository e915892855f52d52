/** The kit's version, shown in duplicate-registration warnings. Keep in step with package.json. */
export const VERSION = '0.1.0';

/** English strings of the alerts area. `{0}` marks a value. */
export const alerts = {} as const;

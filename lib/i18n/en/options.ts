/** English strings of the options area. `{0}` marks a value. */
export const options = {} as const;

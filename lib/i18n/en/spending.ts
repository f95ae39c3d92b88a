/** English strings of the spending area. `{0}` marks a value. */
export const spending = {} as const;

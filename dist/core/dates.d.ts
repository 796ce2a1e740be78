/** Expiry dates of suppressions and exceptions, shared by the config reader, inline suppressions and the policy pack. */
/** Expiry dates are written YYYY-MM-DD. */
export declare const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
/** `2027-02-30` is shaped like a date but is none. */
export declare function isCalendarDate(value: string): boolean;
/** Today's date in UTC, as YYYY-MM-DD: a suppression applies through its expiry day and expires after it. */
export declare function todayUtc(): string;

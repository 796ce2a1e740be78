"use strict";
/** Expiry dates of suppressions and exceptions, shared by the config reader, inline suppressions and the policy pack. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.DATE_PATTERN = void 0;
exports.isCalendarDate = isCalendarDate;
exports.todayUtc = todayUtc;
/** Expiry dates are written YYYY-MM-DD. */
exports.DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
/** `2027-02-30` is shaped like a date but is none. */
function isCalendarDate(value) {
    if (!new RegExp(exports.DATE_PATTERN).test(value))
        return false;
    const d = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
/** Today's date in UTC, as YYYY-MM-DD: a suppression applies through its expiry day and expires after it. */
function todayUtc() {
    return new Date().toISOString().slice(0, 10);
}

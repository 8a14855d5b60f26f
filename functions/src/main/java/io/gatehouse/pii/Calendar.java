package io.gatehouse.pii;

/**
 * Calendar checks for the date scanner, by hand: a thrown exception per look-alike would cost more
 * than the scan.
 */
final class Calendar {

    private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private Calendar() {}

    /** Whether year-month-day is a real day (February 29 only in leap years). */
    static boolean valid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]) {
            return false;
        }
        return month != 2 || day < 29 || leap(year);
    }

    static boolean leap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }

    /** A four-digit year a person's date may carry: 1800 to 2199. */
    static boolean plausibleYear(int year) {
        return year >= 1800 && year <= 2199;
    }
}

package org.parcelwatch.monitoring.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One year's holiday arrangement (国务院办公厅关于某年部分节假日安排的通知): the holidays as ranges of days off and the
 * weekend days worked in exchange (调休上班). {@code provisional}: only the statutory holidays, the arrangement not yet
 * published. {@code source} names the document.
 */
public record YearCalendar(int year, boolean provisional, String source, List<Holiday> holidays,
                           List<LocalDate> workingDays) {

    public YearCalendar {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workingDays = workingDays == null ? List.of() : List.copyOf(workingDays);
    }

    /** Days off from {@code from} to {@code to}, both included. */
    public record Holiday(String name, LocalDate from, LocalDate to) {
    }

    boolean isHoliday(LocalDate day) {
        return holidays.stream().anyMatch(h -> !day.isBefore(h.from()) && !day.isAfter(h.to()));
    }

    /** Refuses a file whose days do not lie in its year or whose ranges run backwards. */
    YearCalendar validated(String where) {
        for (Holiday h : holidays) {
            if (h.from() == null || h.to() == null || h.to().isBefore(h.from())
                    || h.from().getYear() != year || h.to().getYear() != year) {
                throw new IllegalArgumentException(where + ": holiday " + h + " does not lie within " + year);
            }
        }
        for (LocalDate day : workingDays) {
            if (day.getYear() != year || isHoliday(day)) {
                throw new IllegalArgumentException(where + ": adjusted working day " + day + " is not a day of " + year
                        + " outside its holidays");
            }
        }
        return this;
    }
}

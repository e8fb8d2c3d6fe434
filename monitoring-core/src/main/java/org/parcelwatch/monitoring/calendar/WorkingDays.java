package org.parcelwatch.monitoring.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.parcelwatch.monitoring.parcel.ParcelRuleException;
import org.parcelwatch.monitoring.parcel.RuleCode;

/**
 * Working days (工作日) as the State Council arranges them each year: Monday to Friday, less the public holidays, plus
 * the weekend days worked in exchange (调休). The arrangement is data, one file a year ({@link YearCalendar}), because
 * it is published each November for the next year and cannot be computed. A day in a year with no file is an error
 * ({@link RuleCode#WORKING_DAY_CALENDAR_MISSING}), never a guess: a deadline reckoned on a guessed calendar could cut
 * a land user's statutory period short.
 *
 * <p>Immutable; the application builds one from the shipped years and the configured directory and injects it where
 * working days are counted.
 */
public final class WorkingDays {

    /** The years shipped in {@code monitoring-core/src/main/resources/calendar/}. */
    public static final List<Integer> SHIPPED_YEARS = List.of(2023, 2024, 2025, 2026, 2027);

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<Integer, YearCalendar> years;

    private WorkingDays(Map<Integer, YearCalendar> years) {
        this.years = Collections.unmodifiableMap(new TreeMap<>(years));
    }

    /** The calendar of the given years; a later file of the same year replaces an earlier one. */
    public static WorkingDays of(List<YearCalendar> calendars) {
        Map<Integer, YearCalendar> byYear = new TreeMap<>();
        calendars.forEach(c -> byYear.put(c.year(), c));
        return new WorkingDays(byYear);
    }

    /** The years shipped with the application. */
    public static WorkingDays shipped() {
        return of(shippedYears());
    }

    /**
     * The shipped years, with the files of {@code directory} ({@code *.json}, one year each) added or replacing a
     * shipped year: a new year, or 2027 once its arrangement is published. A null or missing directory adds nothing.
     */
    public static WorkingDays shippedAnd(Path directory) {
        List<YearCalendar> calendars = new ArrayList<>(shippedYears());
        if (directory != null && Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                        .forEach(f -> calendars.add(read(f)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the working-day calendars in " + directory, e);
            }
        }
        return of(calendars);
    }

    private static List<YearCalendar> shippedYears() {
        List<YearCalendar> calendars = new ArrayList<>();
        for (int year : SHIPPED_YEARS) {
            String resource = "/calendar/" + year + ".json";
            try (InputStream in = WorkingDays.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the shipped working-day calendar " + resource + " is missing");
                }
                calendars.add(JSON.readValue(in, YearCalendar.class).validated(resource));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the working-day calendar " + resource, e);
            }
        }
        return calendars;
    }

    private static YearCalendar read(Path file) {
        try {
            return JSON.readValue(file.toFile(), YearCalendar.class).validated(file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("the working-day calendar " + file + " is not readable: " + e.getMessage(), e);
        }
    }

    /** Whether {@code day} is a working day; refused when its year has no calendar. */
    public boolean isWorkingDay(LocalDate day) {
        YearCalendar year = year(day);
        if (year.workingDays().contains(day)) {
            return true;
        }
        if (year.isHoliday(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The {@code workingDays}-th working day after {@code from}: the last day of a period of that many working days
     * that begins the day after {@code from} (the day of delivery itself is not counted).
     */
    public LocalDate plus(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative");
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Whether the year's calendar is the statutory holidays only, the State Council's arrangement not yet published. */
    public boolean isProvisional(int year) {
        return years.containsKey(year) && years.get(year).provisional();
    }

    public Set<Integer> years() {
        return years.keySet();
    }

    private YearCalendar year(LocalDate day) {
        YearCalendar year = years.get(day.getYear());
        if (year == null) {
            throw new ParcelRuleException(RuleCode.WORKING_DAY_CALENDAR_MISSING, "no working-day calendar for "
                    + day.getYear() + " (needed for " + day + "): add " + day.getYear()
                    + ".json with the State Council's holiday arrangement to the directory parcelwatch.calendar.dir; "
                    + "calendars are on record for " + years.keySet());
        }
        return year;
    }
}

package org.parcelwatch.api.application;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parcelwatch.calendar.dir}: a directory of working-day calendars, one {@code <year>.json} each in the form of
 * the shipped ones (monitoring-core {@code calendar/}), that add a year or replace a shipped one. Unset: the shipped
 * years only (2023–2026, and 2027 provisional).
 */
@ConfigurationProperties("parcelwatch.calendar")
public record CalendarProperties(Path dir) {
}

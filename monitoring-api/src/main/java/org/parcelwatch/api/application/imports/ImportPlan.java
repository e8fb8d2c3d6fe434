package org.parcelwatch.api.application.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What an import will send and when: every registration and action of the files as one list in business-day order,
 * read day by day. An import interleaves its files, so that a rule falls due between two actions exactly as it
 * would have in real life; the order within a day (file, record, action) is the files' own, so a record is
 * registered before its actions and its actions go in the order they were written.
 */
final class ImportPlan {

    /**
     * One step: a registration (action null) or an action of a record, on its business day.
     *
     * @param id the step's name wherever this file is imported: the file's content hash, the record's place and the
     *           action's ({@code <sha-256>/3} for the registration of record 3, {@code <sha-256>/3/0} for its first
     *           action); what the commands and their events carry, so that a run of the same file knows what is done
     */
    record Step(LocalDate day, int file, SeedRecord record, SeedAction action, String id) {

        static final Comparator<Step> ORDER = Comparator.comparing(Step::day).thenComparingInt(Step::file)
                .thenComparingInt(s -> s.record().index())
                .thenComparingInt(s -> s.action() == null ? -1 : s.action().index());

        /** {@code registration} or the action's name, as the report names it. */
        String name() {
            return action == null ? ImportRefusal.REGISTRATION : action.kind().jsonName();
        }

        Integer actionIndex() {
            return action == null ? null : action.index();
        }
    }

    private final List<Step> steps;
    private final LocalDate lastDay;
    private int next;

    private ImportPlan(List<Step> steps, LocalDate lastDay) {
        this.steps = steps;
        this.lastDay = lastDay;
    }

    /** The steps of {@code files}; an action dated before its record's registration is entered right after it. */
    static ImportPlan of(List<SeedFile> files, ImportOptions options) {
        List<Step> steps = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            String hash = files.get(f).contentHash();
            for (SeedRecord record : files.get(f).records()) {
                String registration = hash + "/" + record.index();
                steps.add(new Step(record.day(), f, record, null, registration));
                for (SeedAction action : record.actions()) {
                    LocalDate day = action.day().isBefore(record.day()) ? record.day() : action.day();
                    steps.add(new Step(day, f, record, action, registration + "/" + action.index()));
                }
            }
        }
        steps.sort(Step.ORDER);
        return new ImportPlan(List.copyOf(steps), lastDay(files, options, steps));
    }

    /** The end of the story: the day asked for, else the files' periods or their last step when that is later. */
    private static LocalDate lastDay(List<SeedFile> files, ImportOptions options, List<Step> steps) {
        if (options.until() != null) {
            return options.until();
        }
        LocalDate last = steps.isEmpty() ? null : steps.get(steps.size() - 1).day();
        for (SeedFile file : files) {
            if (file.period() != null && file.period().to() != null && (last == null || file.period().to().isAfter(last))) {
                last = file.period().to();
            }
        }
        return last;
    }

    /** Every step, in the order they are taken. */
    List<Step> steps() {
        return steps;
    }

    /** The day of the first step; null for files without records. */
    LocalDate firstDay() {
        return steps.isEmpty() ? null : steps.get(0).day();
    }

    LocalDate lastDay() {
        return lastDay;
    }

    /** The steps not yet taken that are dated {@code day} or before, which are then taken. */
    List<Step> takeUntil(LocalDate day) {
        int from = next;
        while (next < steps.size() && !steps.get(next).day().isAfter(day)) {
            next++;
        }
        return steps.subList(from, next);
    }

    /** How many steps were taken. */
    int taken() {
        return next;
    }

    /** The day of the next step not taken; null when every step was taken. */
    LocalDate nextDay() {
        return next < steps.size() ? steps.get(next).day() : null;
    }

    /** The steps never taken: dated after the last day the import reached. */
    List<Step> left() {
        return steps.subList(next, steps.size());
    }
}

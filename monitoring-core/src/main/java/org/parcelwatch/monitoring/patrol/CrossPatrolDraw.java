package org.parcelwatch.monitoring.patrol;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The monthly draw of cross patrols and spot checks (交叉巡查、不定期抽查, seed 002 五（三）): a configured share of the
 * parcels with an officer, chosen at random, each given to an officer of another township, so that no officer checks
 * only their own work. An officer's townships are those of the parcels they are assigned.
 *
 * <p>Random but reproducible: the generator is seeded from the configured seed and the month, and the parcels and
 * officers are put in a fixed order first, so the same seed, month and parcels draw the same tasks (for tests, and so
 * that a draw run twice assigns nothing new). A parcel whose township has every officer is left out: nobody is from
 * another township. The other officer is one of the same county (the district code that begins a supervision
 * number): a database holding several counties does not send a Xinhe parcel to a Taoyuan officer.
 */
public final class CrossPatrolDraw {

    /** A parcel that can be drawn: open, with an officer. */
    public record Candidate(String parcelId, String township, String officer) {
    }

    /** One task drawn. */
    public record Draw(String parcelId, String taskId, PatrolTaskKind kind, String officer, LocalDate dueOn) {

        public AssignPatrolTask command() {
            return command(null);
        }

        /** The task as drawn on {@code drawnOn} (a draw of history, entered later); null: drawn today. */
        public AssignPatrolTask command(LocalDate drawnOn) {
            return new AssignPatrolTask(parcelId, taskId, kind, officer, dueOn, drawnOn);
        }
    }

    private CrossPatrolDraw() {
    }

    public static List<Draw> draw(YearMonth month, List<Candidate> candidates, PatrolSettings settings) {
        List<Candidate> parcels = new ArrayList<>(candidates);
        parcels.sort(Comparator.comparing(Candidate::parcelId));
        Map<String, Set<String>> townshipsOf = new TreeMap<>();
        Map<String, Set<String>> countiesOf = new TreeMap<>();
        parcels.forEach(c -> {
            townshipsOf.computeIfAbsent(c.officer(), o -> new TreeSet<>()).add(county(c) + "/" + c.township());
            countiesOf.computeIfAbsent(c.officer(), o -> new TreeSet<>()).add(county(c));
        });

        Random random = new Random(settings.randomSeed() * 31 + month.getYear() * 12L + month.getMonthValue());
        Collections.shuffle(parcels, random);
        int cross = share(settings.crossShare(), parcels.size());
        int spot = Math.min(share(settings.spotCheckShare(), parcels.size()), parcels.size() - cross);

        List<Draw> draws = new ArrayList<>();
        for (int i = 0; i < cross + spot; i++) {
            Candidate parcel = parcels.get(i);
            PatrolTaskKind kind = i < cross ? PatrolTaskKind.CROSS : PatrolTaskKind.SPOT_CHECK;
            List<String> others = townshipsOf.entrySet().stream()
                    .filter(e -> !e.getValue().contains(county(parcel) + "/" + parcel.township()))
                    .filter(e -> countiesOf.get(e.getKey()).contains(county(parcel)))
                    .map(Map.Entry::getKey)
                    .toList();
            // drawn even when it is skipped, so one township without outsiders does not shift the rest of the draw
            int pick = random.nextInt(Math.max(others.size(), 1));
            // a cross patrol on the first of the month; a spot check on a day nobody knows in advance
            LocalDate dueOn = kind == PatrolTaskKind.CROSS ? month.atDay(1) : month.atDay(1 + random.nextInt(month.lengthOfMonth()));
            if (!others.isEmpty()) {
                draws.add(new Draw(parcel.parcelId(), kind + "-" + month, kind, others.get(pick), dueOn));
            }
        }
        return draws;
    }

    /** The county of a parcel: the district code its supervision number begins with (none for other ids). */
    private static String county(Candidate candidate) {
        String id = candidate.parcelId();
        return id != null && id.length() >= 6 && id.substring(0, 6).chars().allMatch(Character::isDigit) ? id.substring(0, 6) : "";
    }

    /** The share of {@code n} parcels, rounded, at least one when the share is not zero and there are parcels. */
    static int share(double share, int n) {
        if (share <= 0 || n == 0) {
            return 0;
        }
        return Math.max(1, (int) Math.round(share * n));
    }
}

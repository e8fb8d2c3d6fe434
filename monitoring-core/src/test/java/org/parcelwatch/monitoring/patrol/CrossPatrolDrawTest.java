package org.parcelwatch.monitoring.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The monthly draw of cross patrols and spot checks: its share, other townships only, reproducible from the seed. */
class CrossPatrolDrawTest {

    private static final PatrolSettings SETTINGS = new PatrolSettings(7, 30, 0.10, 0.05, 42L);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    /** 200 parcels in 4 townships, 2 officers each (one officer in two townships). */
    private static List<CrossPatrolDraw.Candidate> county() {
        List<CrossPatrolDraw.Candidate> parcels = new ArrayList<>();
        String[] townships = {"Xinhe", "Dongcheng", "Nanpu", "Beiling"};
        for (int i = 0; i < 200; i++) {
            int t = i % 4;
            String officer = t == 3 && i % 8 == 3 ? "officer-0b" : "officer-" + t + (i % 8 < 4 ? "a" : "b");
            parcels.add(new CrossPatrolDraw.Candidate(String.format("P%04d", i), townships[t], officer));
        }
        return parcels;
    }

    @Test
    void drawsTheConfiguredShareOfEachKind() {
        List<CrossPatrolDraw.Draw> draws = CrossPatrolDraw.draw(DECEMBER, county(), SETTINGS);
        Map<PatrolTaskKind, Long> byKind = draws.stream().collect(Collectors.groupingBy(CrossPatrolDraw.Draw::kind,
                Collectors.counting()));
        assertThat(byKind).containsEntry(PatrolTaskKind.CROSS, 20L).containsEntry(PatrolTaskKind.SPOT_CHECK, 10L);
        assertThat(draws).extracting(CrossPatrolDraw.Draw::parcelId).doesNotHaveDuplicates();
        assertThat(draws).filteredOn(d -> d.kind() == PatrolTaskKind.CROSS)
                .allSatisfy(d -> assertThat(d.dueOn()).isEqualTo(DECEMBER.atDay(1)));
        assertThat(draws).allSatisfy(d -> assertThat(YearMonth.from(d.dueOn())).isEqualTo(DECEMBER));
        assertThat(draws).allSatisfy(d -> assertThat(d.taskId()).isEqualTo(d.kind() + "-2026-12"));
    }

    @Test
    void neverGivesAnOfficerAParcelOfTheirOwnTownship() {
        List<CrossPatrolDraw.Candidate> county = county();
        Map<String, List<String>> townshipsOf = county.stream().collect(Collectors.groupingBy(
                CrossPatrolDraw.Candidate::officer, Collectors.mapping(CrossPatrolDraw.Candidate::township, Collectors.toList())));
        Map<String, String> townshipOfParcel = county.stream().collect(Collectors.toMap(
                CrossPatrolDraw.Candidate::parcelId, CrossPatrolDraw.Candidate::township));
        for (long seed = 0; seed < 50; seed++) {
            PatrolSettings settings = new PatrolSettings(7, 30, 0.3, 0.2, seed);
            for (CrossPatrolDraw.Draw draw : CrossPatrolDraw.draw(DECEMBER, county, settings)) {
                assertThat(townshipsOf.get(draw.officer())).as("seed %d, %s", seed, draw)
                        .doesNotContain(townshipOfParcel.get(draw.parcelId()));
            }
        }
    }

    @Test
    void isReproducibleFromTheSeedAndDiffersByMonthAndSeed() {
        List<CrossPatrolDraw.Candidate> shuffled = new ArrayList<>(county());
        java.util.Collections.reverse(shuffled);
        assertThat(CrossPatrolDraw.draw(DECEMBER, shuffled, SETTINGS)).isEqualTo(CrossPatrolDraw.draw(DECEMBER, county(), SETTINGS));
        assertThat(CrossPatrolDraw.draw(DECEMBER.plusMonths(1), county(), SETTINGS))
                .extracting(CrossPatrolDraw.Draw::parcelId)
                .isNotEqualTo(CrossPatrolDraw.draw(DECEMBER, county(), SETTINGS).stream().map(CrossPatrolDraw.Draw::parcelId).toList());
        assertThat(CrossPatrolDraw.draw(DECEMBER, county(), new PatrolSettings(7, 30, 0.10, 0.05, 43L)))
                .isNotEqualTo(CrossPatrolDraw.draw(DECEMBER, county(), SETTINGS));
    }

    @Test
    void aTownshipWhoseOfficersCoverEverythingGetsNoCrossPatrol() {
        List<CrossPatrolDraw.Candidate> one = List.of(new CrossPatrolDraw.Candidate("P1", "Xinhe", "a"),
                new CrossPatrolDraw.Candidate("P2", "Xinhe", "b"));
        assertThat(CrossPatrolDraw.draw(DECEMBER, one, new PatrolSettings(7, 30, 1.0, 0.0, 1L))).isEmpty();
        assertThat(CrossPatrolDraw.draw(DECEMBER, List.of(), SETTINGS)).isEmpty();
    }

    @Test
    void aParcelGoesToAnOfficerOfItsOwnCountyNeverOfAnother() {
        // two counties in one database, each with two townships and their officers; every parcel is drawn
        List<CrossPatrolDraw.Candidate> parcels = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String county = i % 2 == 0 ? "130530" : "430725";
            String township = county + (i % 4 < 2 ? "-east" : "-west");
            parcels.add(new CrossPatrolDraw.Candidate(county + "2024B" + String.format("%05d", i), township, "officer-" + township));
        }
        List<CrossPatrolDraw.Draw> draws = CrossPatrolDraw.draw(DECEMBER, parcels, new PatrolSettings(7, 30, 0.5, 0.5, 7L));

        assertThat(draws).hasSize(40).allSatisfy(d -> {
            String county = d.parcelId().substring(0, 6);
            String township = parcels.stream().filter(c -> c.parcelId().equals(d.parcelId())).findFirst().orElseThrow().township();
            assertThat(d.officer()).startsWith("officer-" + county).isNotEqualTo("officer-" + township);
        });
    }

    @Test
    void aSmallShareOfAFewParcelsIsStillOne() {
        assertThat(CrossPatrolDraw.share(0.10, 3)).isEqualTo(1);
        assertThat(CrossPatrolDraw.share(0.10, 200)).isEqualTo(20);
        assertThat(CrossPatrolDraw.share(0.0, 200)).isZero();
    }
}

package org.parcelwatch.api.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregatePartitionsTest {

    /** Aggregate ids as the store holds parcels', and an item per aggregate saying its id and its place in the read. */
    private static List<String[]> read(int aggregates) {
        List<String[]> items = new ArrayList<>();
        for (int i = 0; i < aggregates; i++) {
            items.add(new String[] {"P-%06d".formatted(i), String.valueOf(i)});
        }
        return items;
    }

    @Test
    void everyAggregateGoesToExactlyOneWorkerAndEachWorkerGetsItsShareInTheOrderRead() {
        int workers = 3;
        List<List<String[]>> got = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            got.add(new ArrayList<>());
        }
        List<Integer> chunkSizes = new ArrayList<>();
        AggregatePartitions<String[]> partitions = new AggregatePartitions<>(workers, 4, (worker, chunk) -> {
            chunkSizes.add(chunk.size());
            got.get(worker).addAll(chunk);
        });
        List<String[]> read = read(1000);
        read.forEach(item -> partitions.add(item[0], item));
        partitions.flush();

        Map<String, Integer> workerOf = new HashMap<>();
        for (int worker = 0; worker < workers; worker++) {
            int last = -1;
            for (String[] item : got.get(worker)) {
                assertThat(workerOf.put(item[0], worker)).as("%s handed over once", item[0]).isNull();
                assertThat(AggregatePartitions.workerOf(item[0], workers)).isEqualTo(worker);
                int place = Integer.parseInt(item[1]);
                assertThat(place).as("order kept").isGreaterThan(last);
                last = place;
            }
            // dealt out, not all to one worker
            assertThat(got.get(worker)).hasSizeGreaterThan(250);
        }
        assertThat(workerOf).hasSize(read.size());
        assertThat(chunkSizes).allMatch(size -> size >= 1 && size <= 4);
    }

    @Test
    void nothingIsHandedOverBeforeAChunkIsFullOrTheReadEnds() {
        List<List<String>> handed = new ArrayList<>();
        AggregatePartitions<String> partitions = new AggregatePartitions<>(1, 3, (worker, chunk) -> handed.add(chunk));
        partitions.add("A", "A");
        partitions.add("B", "B");
        assertThat(handed).isEmpty();
        partitions.add("C", "C");
        assertThat(handed).containsExactly(List.of("A", "B", "C"));
        partitions.add("D", "D");
        partitions.flush();
        assertThat(handed).containsExactly(List.of("A", "B", "C"), List.of("D"));
        partitions.flush();
        assertThat(handed).hasSize(2);
    }

    @Test
    void aWorkerIsTheSameForAnIdWhateverElseWasRead() {
        assertThat(AggregatePartitions.workerOf("P-000042", 4)).isEqualTo(AggregatePartitions.workerOf("P-000042", 4))
                .isBetween(0, 3);
        assertThat(AggregatePartitions.workerOf("P-000042", 1)).isZero();
        assertThatThrownBy(() -> new AggregatePartitions<String>(0, 1, (w, c) -> { })).isInstanceOf(IllegalArgumentException.class);
    }
}

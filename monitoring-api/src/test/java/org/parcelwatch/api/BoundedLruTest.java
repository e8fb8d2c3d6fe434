package org.parcelwatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BoundedLruTest {

    @Test
    void keepsAtMostItsCapacityAndDropsTheLeastRecentlyUsed() {
        BoundedLru<String, Integer> lru = new BoundedLru<>(2);
        lru.put("a", 1);
        lru.put("b", 2);
        assertThat(lru.get("a")).isEqualTo(1); // "a" is now the most recently used
        lru.put("c", 3);
        assertThat(lru.size()).isEqualTo(2);
        assertThat(lru.containsKey("b")).isFalse();
        assertThat(lru.get("a")).isEqualTo(1);
        assertThat(lru.get("c")).isEqualTo(3);
    }

    @Test
    void aFullCacheTakesEveryNewEntryAtTheSameBound() {
        BoundedLru<Integer, Integer> lru = new BoundedLru<>(1_000);
        for (int i = 0; i < 100_000; i++) {
            lru.put(i, i);
        }
        assertThat(lru.size()).isEqualTo(1_000);
        assertThat(lru.get(98_999)).isNull();
        assertThat(lru.get(99_000)).isEqualTo(99_000);
        assertThat(lru.get(99_999)).isEqualTo(99_999);
    }

    @Test
    void putIfAbsentKeepsTheFirstValue() {
        BoundedLru<String, Integer> lru = new BoundedLru<>(2);
        assertThat(lru.putIfAbsent("a", 1)).isTrue();
        assertThat(lru.putIfAbsent("a", 2)).isFalse();
        assertThat(lru.get("a")).isEqualTo(1);
        assertThat(lru.remove("a")).isTrue();
        assertThat(lru.remove("a")).isFalse();
    }

    @Test
    void capacityZeroKeepsNothingAndANegativeOneIsRefused() {
        BoundedLru<String, Integer> none = new BoundedLru<>(0);
        none.put("a", 1);
        assertThat(none.putIfAbsent("b", 2)).isFalse();
        assertThat(none.size()).isZero();
        assertThatThrownBy(() -> new BoundedLru<>(-1)).isInstanceOf(IllegalArgumentException.class)
                                                       .hasMessageContaining("-1");
    }
}

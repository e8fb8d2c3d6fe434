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

    @Test
    void aCacheBoundedByWeightDropsAsManyOfTheEldestAsTheNewValueNeeds() {
        BoundedLru<String, String> lru = new BoundedLru<>(10, String::length);
        lru.put("a", "xxxx");
        lru.put("b", "xxxx");
        lru.put("c", "xx");
        assertThat(lru.weight()).isEqualTo(10);
        lru.get("a"); // "b" is now the eldest
        lru.put("d", "xxxxxx");
        assertThat(lru.containsKey("b")).isFalse();
        assertThat(lru.containsKey("c")).isFalse();
        assertThat(lru.get("a")).isEqualTo("xxxx");
        assertThat(lru.get("d")).isEqualTo("xxxxxx");
        assertThat(lru.weight()).isEqualTo(10);
        lru.put("a", "x"); // a new value under a kept key weighs as itself, not beside the old one
        assertThat(lru.weight()).isEqualTo(7);
        assertThat(lru.remove("d")).isTrue();
        assertThat(lru.weight()).isEqualTo(1);
    }

    @Test
    void aValueHeavierThanTheWholeCapacityIsNotKeptAndTakesNothingWithIt() {
        BoundedLru<String, String> lru = new BoundedLru<>(5, String::length);
        lru.put("a", "xx");
        lru.put("b", "xxxxxx");
        assertThat(lru.containsKey("b")).isFalse();
        assertThat(lru.get("a")).isEqualTo("xx");
        assertThat(lru.weight()).isEqualTo(2);
        assertThat(lru.putIfAbsent("c", "xxxxxxx")).isFalse();
        lru.put("a", "xxxxxxxx"); // too heavy now: the key keeps nothing, not its old value
        assertThat(lru.containsKey("a")).isFalse();
        assertThat(lru.weight()).isZero();
    }
}

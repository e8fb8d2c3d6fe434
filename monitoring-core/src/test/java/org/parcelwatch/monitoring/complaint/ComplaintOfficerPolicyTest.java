package org.parcelwatch.monitoring.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplaintOfficerPolicyTest {

    @Test
    void theConfiguredOfficerOfTheTownshipComesFirst() {
        assertThat(ComplaintOfficerPolicy.officerFor("桃源镇", Map.of("桃源镇", " 王芳 "), Map.of("李明", 5L))).contains("王芳");
    }

    @Test
    void otherwiseTheOfficerWithTheMostParcelsThereAndOnATieTheFirstByName() {
        assertThat(ComplaintOfficerPolicy.officerFor("桃源镇", Map.of("新河镇", "王芳"), Map.of("李明", 2L, "张敏", 5L)))
                .contains("张敏");
        assertThat(ComplaintOfficerPolicy.officerFor("桃源镇", Map.of(), Map.of("Zhang", 3L, "Li", 3L))).contains("Li");
    }

    @Test
    void otherwiseNobody() {
        assertThat(ComplaintOfficerPolicy.officerFor("桃源镇", Map.of(), Map.of())).isEmpty();
    }
}

package org.parcelwatch.monitoring.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ComplaintNumbersTest {

    @Test
    void aNumberNamesTheDayAndIsReadAsAnAddressComplaint() {
        String id = ComplaintNumbers.next(LocalDate.parse("2024-06-02"), new Random(7));
        assertThat(id).startsWith("TS-20240602-").hasSize(18);
        assertThat(id.substring(12)).doesNotContain("0", "1", "O", "I");
        assertThat(ComplaintNumbers.isAddressComplaint(id)).isTrue();
    }

    @Test
    void aParcelComplaintIsNot() {
        assertThat(ComplaintNumbers.isAddressComplaint("1305302024B00017-TS1")).isFalse();
        assertThat(ComplaintNumbers.isAddressComplaint("TS-20240602-7K3QX0")).isFalse();
        assertThat(ComplaintNumbers.isAddressComplaint(null)).isFalse();
    }
}

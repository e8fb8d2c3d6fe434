package org.parcelwatch.api.store.jdbc;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The bureau that signs each county's notices ({@code county_bureau}, V100), by the county's 6-digit district code. */
@Component
public class CountyBureauStore {

    private final JdbcTemplate jdbc;

    public CountyBureauStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> find(String districtCode) {
        List<String> names = jdbc.queryForList("select bureau_name from county_bureau where district_code = ?", String.class,
                districtCode);
        return names.stream().findFirst();
    }

    /** Stores the county's bureau, replacing the one stored before (a county renamed its bureau). */
    @Transactional
    public void save(String districtCode, String bureauName) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int updated = jdbc.update("update county_bureau set bureau_name = ?, updated_at = ? where district_code = ?",
                bureauName, now, districtCode);
        if (updated == 0) {
            jdbc.update("insert into county_bureau (district_code, bureau_name, updated_at) values (?, ?, ?)",
                    districtCode, bureauName, now);
        }
    }
}

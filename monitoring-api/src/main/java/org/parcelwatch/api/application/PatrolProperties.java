package org.parcelwatch.api.application;

import java.util.Map;
import org.parcelwatch.monitoring.patrol.PatrolSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The county's patrol figures ({@code parcelwatch.patrol.*}, DESIGN §6.6). A figure left out keeps its default from
 * {@link PatrolSettings#defaults()}.
 *
 * @param taskDays       days after its due day within which a patrol task is done on time (7)
 * @param periodicDays   days between periodic patrols of a started project (30)
 * @param crossShare     share of the parcels with an officer given a cross patrol each month (0.10)
 * @param spotCheckShare share given an unannounced spot check each month (0.05)
 * @param randomSeed     seed of the monthly draw, so that a month's draw can be reproduced
 * @param complaintOfficers the officer who investigates complaints about an address, per township (乡镇 as registered);
 *                       a township left out goes to its officer with the most parcels ({@code ComplaintOfficerPolicy})
 */
@ConfigurationProperties("parcelwatch.patrol")
public record PatrolProperties(Integer taskDays, Integer periodicDays, Double crossShare, Double spotCheckShare,
                               Long randomSeed, Map<String, String> complaintOfficers) {

    public PatrolProperties {
        complaintOfficers = complaintOfficers == null ? Map.of() : Map.copyOf(complaintOfficers);
    }

    public PatrolSettings settings() {
        PatrolSettings defaults = PatrolSettings.defaults();
        return new PatrolSettings(taskDays != null ? taskDays : defaults.taskDays(),
                periodicDays != null ? periodicDays : defaults.periodicDays(),
                crossShare != null ? crossShare : defaults.crossShare(),
                spotCheckShare != null ? spotCheckShare : defaults.spotCheckShare(),
                randomSeed != null ? randomSeed : defaults.randomSeed());
    }
}

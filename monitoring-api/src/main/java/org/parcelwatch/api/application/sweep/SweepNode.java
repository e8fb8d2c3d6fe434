package org.parcelwatch.api.application.sweep;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who ran a sweep, as the run log names it: on a cluster the Quartz instance id, the name under which Quartz
 * itself records which node fired a job, so the two logs can be read side by side; on a single node, host and
 * process. Found once, when first asked (Quartz gives its id only once it is up).
 */
@Component
class SweepNode {

    private static final Logger log = LoggerFactory.getLogger(SweepNode.class);

    private final ObjectProvider<Scheduler> scheduler;
    private volatile String name;

    SweepNode(ObjectProvider<Scheduler> scheduler) {
        this.scheduler = scheduler;
    }

    String name() {
        String found = name;
        if (found == null) {
            found = processName();
            Scheduler quartz = scheduler.getIfAvailable();
            if (quartz != null) {
                try {
                    String instance = quartz.getSchedulerInstanceId();
                    if (instance != null && !"NON_CLUSTERED".equals(instance)) {
                        found = instance;
                    }
                } catch (SchedulerException e) {
                    log.debug("no Quartz instance id", e);
                }
            }
            name = found;
        }
        return found;
    }

    private static String processName() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ManagementFactory.getRuntimeMXBean().getPid();
        } catch (Exception e) {
            return "pid " + ManagementFactory.getRuntimeMXBean().getPid();
        }
    }
}

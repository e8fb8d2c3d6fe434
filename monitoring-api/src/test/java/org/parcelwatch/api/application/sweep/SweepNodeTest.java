package org.parcelwatch.api.application.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.ObjectProvider;

/** The node in the run log: Quartz's instance id on a cluster, else host and process. */
class SweepNodeTest {

    private static final String PID = "/" + ManagementFactory.getRuntimeMXBean().getPid();

    @SuppressWarnings("unchecked")
    private final ObjectProvider<Scheduler> provider = mock(ObjectProvider.class);
    private final Scheduler quartz = mock(Scheduler.class);

    @Test
    void onAClusterItIsTheQuartzInstanceAskedOnce() throws SchedulerException {
        when(provider.getIfAvailable()).thenReturn(quartz);
        when(quartz.getSchedulerInstanceId()).thenReturn("node-a1764500000000");
        SweepNode node = new SweepNode(provider);

        assertThat(node.name()).isEqualTo("node-a1764500000000");
        assertThat(node.name()).isEqualTo("node-a1764500000000");
        verify(quartz, times(1)).getSchedulerInstanceId();
    }

    @Test
    void onASingleNodeItIsHostAndProcess() throws SchedulerException {
        when(provider.getIfAvailable()).thenReturn(quartz);
        when(quartz.getSchedulerInstanceId()).thenReturn("NON_CLUSTERED");

        assertThat(new SweepNode(provider).name()).endsWith(PID);
    }

    @Test
    void withoutQuartzOrItsIdItIsHostAndProcess() throws SchedulerException {
        assertThat(new SweepNode(provider).name()).endsWith(PID);

        when(provider.getIfAvailable()).thenReturn(quartz);
        when(quartz.getSchedulerInstanceId()).thenThrow(new SchedulerException("not started"));
        assertThat(new SweepNode(provider).name()).endsWith(PID);
    }
}

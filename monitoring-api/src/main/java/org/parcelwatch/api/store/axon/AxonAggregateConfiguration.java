package org.parcelwatch.api.store.axon;

import org.parcelwatch.api.ParcelwatchProperties;
import org.axonframework.common.caching.NoCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.parcelwatch.monitoring.complaint.Complaint;
import org.parcelwatch.monitoring.parcel.Parcel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the domain with Axon. The core module is deliberately Spring-free, so the Parcel aggregate
 * carries no {@code @Aggregate} stereotype and is wired here instead.
 */
@Configuration(proxyBeanMethods = false)
public class AxonAggregateConfiguration {

    /**
     * A bean, not just a configurer detail: Spring Boot's snapshotter finds aggregate factories only among
     * Spring beans. Without it every snapshot attempt fails with "Aggregate Type is unknown in this
     * snapshotter", logged as a mere warning, and parcels are replayed from their first event forever.
     * The model is inspected with Spring's parameter resolvers: the command handlers take the Clock and
     * the supervision settings, which only the application context can supply.
     */
    @Bean
    public AggregateModel<Parcel> parcelAggregateModel(ParameterResolverFactory parameterResolverFactory,
                                                       HandlerDefinition handlerDefinition) {
        return AnnotatedAggregateMetaModelFactory.inspectAggregate(Parcel.class, parameterResolverFactory, handlerDefinition);
    }

    @Bean
    public AggregateFactory<Parcel> parcelAggregateFactory(AggregateModel<Parcel> parcelAggregateModel) {
        return new GenericAggregateFactory<>(parcelAggregateModel);
    }

    /** The aggregate a command targets, for the aggregates and the command interceptors alike. */
    @Bean
    public CommandTargets commandTargets() {
        return new CommandTargets();
    }

    /**
     * Event-sourced Parcel with a snapshot every {@code parcelwatch.snapshot.threshold} events, so loading a
     * long-lived parcel (decades of patrols and notices) stays cheap, the last
     * {@code parcelwatch.snapshot.cached-parcels} parcels kept in memory (0: none), checked against the store's
     * {@link ParcelHeads head} before use as {@link ParcelRepository} says, and streams read ahead by
     * {@link EventStreamPrefetch} used. The snapshotter is looked up lazily from the Axon configuration:
     * injecting it here would close a bean cycle through the configurer.
     */
    @Bean
    public ConfigurerModule parcelAggregate(ParcelwatchProperties properties, AggregateModel<Parcel> parcelAggregateModel,
                                            AggregateFactory<Parcel> parcelAggregateFactory,
                                            ObjectProvider<EventStreamPrefetch> prefetch, ObjectProvider<ParcelHeads> heads,
                                            CommandTargets commandTargets) {
        int threshold = properties.snapshot().threshold();
        int cached = properties.snapshot().cachedParcels();
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(Parcel.class)
                                   .configureCommandTargetResolver(c -> commandTargets)
                                   .configureAggregateFactory(c -> parcelAggregateFactory)
                                   .configureRepository(c -> new ParcelRepository<>(
                                           EventSourcingRepository.builder(Parcel.class)
                                                                  .aggregateModel(parcelAggregateModel)
                                                                  .aggregateFactory(parcelAggregateFactory)
                                                                  .repositoryProvider(c::repository)
                                                                  .snapshotTriggerDefinition(new EventCountSnapshotTriggerDefinition(
                                                                          c.snapshotter(), threshold)),
                                           cached > 0 ? new LruParcelCache(cached) : NoCache.INSTANCE,
                                           c.eventStore(), prefetch.getObject(), heads.getObject())));
    }

    /**
     * The complaints about an address (issue 21), each its own short stream: a handful of events, so neither snapshots
     * nor a cache. Inspected with Spring's parameter resolvers like the parcel's model, for the Clock and settings.
     */
    @Bean
    public ConfigurerModule complaintAggregate(ParameterResolverFactory parameterResolverFactory,
                                               HandlerDefinition handlerDefinition, CommandTargets commandTargets) {
        AggregateModel<Complaint> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(Complaint.class,
                parameterResolverFactory, handlerDefinition);
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(Complaint.class)
                                   .configureCommandTargetResolver(c -> commandTargets)
                                   .configureRepository(c -> EventSourcingRepository.builder(Complaint.class)
                                                                                    .aggregateModel(model)
                                                                                    .eventStore(c.eventStore())
                                                                                    .repositoryProvider(c::repository)
                                                                                    .build()));
    }

    /**
     * Projections run as pooled streaming processors unless a processor says otherwise: they split work
     * in segments claimed through the token store, which is what lets several nodes share them. Applied
     * first, because setting the default again later would discard a module's tuned default (batch size,
     * segment count).
     */
    @Bean
    public ConfigurerModule pooledStreamingByDefault() {
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.eventProcessing().usingPooledStreamingEventProcessors();
            }

            @Override
            public int order() {
                return Integer.MIN_VALUE;
            }
        };
    }
}

package org.opentvs.manifest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A flight (or sailing) identified by carrier, number and scheduled departure date; manifests accumulate on it. */
@Entity
@Table(name = "flight")
public class Flight {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String carrier;

    @Column(nullable = false)
    private String number;

    @Column(name = "departure_date", nullable = false)
    private LocalDate departureDate;

    @Column(name = "departure_airport")
    private String departureAirport;

    @Column(name = "scheduled_departure")
    private LocalDateTime scheduledDeparture;

    @Column(name = "arrival_airport")
    private String arrivalAirport;

    @Column(name = "scheduled_arrival")
    private LocalDateTime scheduledArrival;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FlightStatus status;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Flight() {
    }

    public Flight(FlightKey key, Route route, Direction direction, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.carrier = key.carrier();
        this.number = key.number();
        this.departureDate = key.departureDate();
        this.direction = direction;
        this.status = FlightStatus.OPEN;
        this.createdAt = createdAt;
        updateRoute(route);
    }

    /** Later parts may name airports or times the first part left out; known values are kept. */
    public void updateRoute(Route route) {
        departureAirport = route.departureAirport() != null ? route.departureAirport() : departureAirport;
        arrivalAirport = route.arrivalAirport() != null ? route.arrivalAirport() : arrivalAirport;
        scheduledDeparture = route.scheduledDeparture() != null ? route.scheduledDeparture() : scheduledDeparture;
        scheduledArrival = route.scheduledArrival() != null ? route.scheduledArrival() : scheduledArrival;
    }

    public void close(Instant at) {
        if (status != FlightStatus.CLOSED) {
            status = FlightStatus.CLOSED;
            closedAt = at;
        }
    }

    public UUID id() {
        return id;
    }

    public FlightKey key() {
        return new FlightKey(carrier, number, departureDate);
    }

    public Route route() {
        return new Route(departureAirport, scheduledDeparture, arrivalAirport, scheduledArrival);
    }

    public Direction direction() {
        return direction;
    }

    public FlightStatus status() {
        return status;
    }

    public Instant closedAt() {
        return closedAt;
    }
}

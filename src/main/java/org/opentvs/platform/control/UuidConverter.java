package org.opentvs.platform.control;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Maps nullable {@link UUID} attributes: written as text (the pool sends strings untyped, so
 * PostgreSQL casts them to {@code uuid}), read as the driver's UUID. EclipseLink 4.0's own UUID
 * conversion fails on null.
 */
@Converter(autoApply = true)
public class UuidConverter implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID value) {
        return value == null ? null : value.toString();
    }

    @Override
    public UUID convertToEntityAttribute(Object value) {
        if (value == null || value instanceof UUID) {
            return (UUID) value;
        }
        return UUID.fromString(value.toString());
    }
}

package org.cairn.competency.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Stores an optional reference (a parent, a superseded piece, a tenant-wide row's missing course) as VARCHAR(36).
 * EclipseLink 4.0.7 binds a null UUID as VARCHAR, which PostgreSQL refuses for a UUID column ("column is of type uuid
 * but expression is of type character varying"; seen with the scratch JPA check against embedded PostgreSQL 14), so
 * nullable references are text columns; required ones stay UUID.
 */
@Converter
public class UuidText implements AttributeConverter<UUID, String> {

    @Override
    public String convertToDatabaseColumn(UUID value) {
        return value == null ? null : value.toString();
    }

    @Override
    public UUID convertToEntityAttribute(String value) {
        return value == null ? null : UUID.fromString(value);
    }
}

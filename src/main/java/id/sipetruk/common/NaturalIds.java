package id.sipetruk.common;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Finds an entity by its code, declared as its immutable natural id ({@code @NaturalId}): from the persistence
 * context when the transaction holds the entity already, else with one select, and without flushing first. One
 * engine command looks the same nomination or period up many times (its task's subject, due date, reminder timer
 * and candidate group, and its listeners); a query by code would run, and flush the context, every time.
 */
public final class NaturalIds {

    private NaturalIds() {
    }

    public static <T> Optional<T> find(EntityManager entityManager, Class<T> type, String code) {
        return entityManager.unwrap(Session.class).bySimpleNaturalId(type).loadOptional(code);
    }
}

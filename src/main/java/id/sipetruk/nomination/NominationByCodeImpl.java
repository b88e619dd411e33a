package id.sipetruk.nomination;

import id.sipetruk.common.NaturalIds;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class NominationByCodeImpl implements NominationByCode {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    @Transactional(readOnly = true)
    public Optional<Nomination> findByCode(String code) {
        return NaturalIds.find(entityManager, Nomination.class, code);
    }
}

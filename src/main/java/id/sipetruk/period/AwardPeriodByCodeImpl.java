package id.sipetruk.period;

import id.sipetruk.common.NaturalIds;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class AwardPeriodByCodeImpl implements AwardPeriodByCode {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    @Transactional(readOnly = true)
    public Optional<AwardPeriod> findByCode(String code) {
        return NaturalIds.find(entityManager, AwardPeriod.class, code);
    }
}

package id.sipetruk.period;

import java.util.Optional;

/** {@link AwardPeriodRepository#findByCode} through the natural id ({@link id.sipetruk.common.NaturalIds}). */
public interface AwardPeriodByCode {

    Optional<AwardPeriod> findByCode(String code);
}

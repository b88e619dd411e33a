package id.sipetruk.nomination;

import java.util.Optional;

/** {@link NominationRepository#findByCode} through the natural id ({@link id.sipetruk.common.NaturalIds}). */
public interface NominationByCode {

    Optional<Nomination> findByCode(String code);
}

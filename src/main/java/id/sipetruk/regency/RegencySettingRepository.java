package id.sipetruk.regency;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegencySettingRepository extends JpaRepository<RegencySetting, Integer> {
}

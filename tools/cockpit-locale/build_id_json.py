#!/usr/bin/env python3
"""Writes Cockpit's locales/id.json from the webjar's en.json and the translation map id-map.json.

id-map.json maps an English text to its Indonesian text; a text missing from the map keeps its English
wording, so every key of en.json is always present. dateLocales is translated in full here.

Usage: python3 tools/cockpit-locale/build_id_json.py path/to/webjar/.../cockpit/locales/en.json
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
TARGET = HERE.parents[1] / "src/main/resources/META-INF/resources/webjars/camunda/app/cockpit/locales/id.json"

DATE_LOCALES = {
    "calendar": {
        "lastDay": "[Kemarin pukul] LT",
        "lastWeek": "dddd [lalu pukul] LT",
        "nextDay": "[Besok pukul] LT",
        "nextWeek": "dddd [pukul] LT",
        "sameDay": "[Hari ini pukul] LT",
        "sameElse": "L",
    },
    "longDateFormat": {
        "L": "DD/MM/YYYY",
        "LL": "D MMMM YYYY",
        "LLL": "D MMMM YYYY LT",
        "LLLL": "dddd, D MMMM YYYY LT",
        "LT": "HH:mm",
    },
    "months": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
               "Oktober", "November", "Desember"],
    "monthsShort": ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
    "relativeTime": {
        "M": "sebulan", "MM": "%d bulan", "d": "sehari", "dd": "%d hari", "future": "dalam %s",
        "h": "sejam", "hh": "%d jam", "m": "semenit", "mm": "%d menit", "past": "%s yang lalu",
        "s": "beberapa detik", "y": "setahun", "yy": "%d tahun",
    },
    "week": {"dow": 1, "doy": 4},
    "weekdays": ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
    "weekdaysMin": ["Mg", "Sn", "Sl", "Rb", "Km", "Jm", "Sb"],
    "weekdaysShort": ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"],
}


def main(en_path):
    en = json.loads(pathlib.Path(en_path).read_text(encoding="utf-8-sig"))
    mapping = json.loads((HERE / "id-map.json").read_text(encoding="utf-8"))
    labels = {key: mapping.get(text, text) for key, text in en["labels"].items()}
    missing = sorted({text for text in en["labels"].values() if text not in mapping})
    out = {"dateLocales": DATE_LOCALES, "labels": labels}
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(labels)} labels, {len(missing)} distinct English texts still untranslated")


if __name__ == "__main__":
    main(sys.argv[1])

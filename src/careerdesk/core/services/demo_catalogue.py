"""The fixed part of the demo data: programmes, cohorts, organisations, names.

Kept apart from ``demo.py`` (which generates and writes) so the lists read as data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from careerdesk.core.domain.choices import AwardLevel, ProgrammeKind, RuleKind

SURNAMES = (
    ("CHAN", "陳"), ("WONG", "黃"), ("LEE", "李"), ("CHEUNG", "張"), ("LAU", "劉"), ("NG", "吳"),
    ("LEUNG", "梁"), ("LAM", "林"), ("HO", "何"), ("TSANG", "曾"), ("CHOW", "周"), ("YEUNG", "楊"),
    ("TAM", "譚"), ("KWOK", "郭"), ("MAK", "麥"), ("CHOI", "蔡"), ("TANG", "鄧"), ("WU", "胡"),
    ("YIP", "葉"), ("TSE", "謝"), ("LO", "盧"), ("KWAN", "關"), ("POON", "潘"), ("HUI", "許"),
    ("FUNG", "馮"), ("SIU", "蕭"), ("CHU", "朱"), ("MA", "馬"), ("KO", "高"), ("YUEN", "袁"),
)
GIVEN = (
    ("Ka", "嘉"), ("Wai", "偉"), ("Man", "文"), ("Ho", "浩"), ("Yan", "欣"), ("Ching", "晴"),
    ("Hei", "熙"), ("Chun", "俊"), ("Lok", "樂"), ("Tsz", "梓"), ("Hin", "軒"), ("Kit", "傑"),
    ("Wing", "詠"), ("Kwan", "筠"), ("Sum", "心"), ("Kin", "健"), ("Ming", "明"), ("Yee", "儀"),
    ("Nga", "雅"), ("Fung", "峰"), ("Long", "朗"), ("Yiu", "耀"), ("Pui", "佩"), ("Shan", "珊"),
    ("Tung", "彤"), ("Hoi", "凱"), ("Sze", "詩"), ("Chi", "志"), ("Yu", "宇"), ("Kei", "琪"),
)
ENGLISH_NAMES = ("Peter", "Mary", "Kelvin", "Sharon", "Michael", "Eric", "Derek", "Ivan",
                 "Jason", "Calvin", "Marco", "Cathy", "Vivian", "Ken", "Winnie", "Alan")

#: code → (email domain, faculties (English, Chinese), student-number maker)
UNIVERSITY_PROFILES: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "CUHK": ("link.cuhk.edu.hk", (("Faculty of Engineering", "工程學院"),
                                  ("Faculty of Science", "理學院"),
                                  ("Faculty of Business Administration", "工商管理學院"))),
    "CityU": ("my.cityu.edu.hk", (("College of Engineering", "工學院"),
                                  ("College of Computing", "計算學院"),
                                  ("College of Business", "商學院"))),
    "HKBU": ("link.hkbu.edu.hk", (("Faculty of Science", "理學院"),
                                  ("School of Business", "工商管理學院"))),
    "PolyU": ("connect.polyu.hk", (("Faculty of Engineering", "工程學院"),
                                   ("Faculty of Computer and Mathematical Sciences",
                                    "計算機及數學科學學院"),
                                   ("Faculty of Business", "工商管理學院"))),
    "HKUST": ("connect.ust.hk", (("School of Engineering", "工學院"),
                                 ("School of Science", "理學院"),
                                 ("School of Business and Management", "工商管理學院"))),
    "HKU": ("connect.hku.hk", (("Faculty of Engineering", "工程學院"),
                               ("Faculty of Science", "理學院"),
                               ("Faculty of Business and Economics", "經濟及工商管理學院"))),
}

STUDY_PROGRAMMES = (
    ("BEng in Computer Science", AwardLevel.BACHELOR),
    ("BEng in Computer Engineering", AwardLevel.BACHELOR),
    ("BEng in Electronic Engineering", AwardLevel.BACHELOR),
    ("BEng in Mechanical Engineering", AwardLevel.BACHELOR),
    ("BSc in Data Science", AwardLevel.BACHELOR),
    ("BSc in Financial Technology", AwardLevel.BACHELOR),
    ("BBA in Information Systems", AwardLevel.BACHELOR),
    ("Higher Diploma in Software Engineering", AwardLevel.SUB_DEGREE),
    ("Associate Degree in Engineering", AwardLevel.SUB_DEGREE),
    ("MSc in Information Engineering", AwardLevel.MASTER),
    ("MSc in Artificial Intelligence", AwardLevel.MASTER),
    ("PhD in Electronic and Computer Engineering", AwardLevel.DOCTORATE),
)

DEPARTMENTS = ("Computer Science and Engineering", "Electronic Engineering",
               "Mechanical Engineering", "Computing", "Mathematics", "Information Systems")


@dataclass(frozen=True)
class OrganisationSeed:
    name_en: str
    name_zh: str | None
    theme: str
    science_park: bool = True
    partner: bool = False


PARTNERS = (
    OrganisationSeed("Hong Kong Science and Technology Parks Corporation", "香港科技園公司",
                     "other", True, True),
    OrganisationSeed("Intact Financial Corporation", None, "fintech", False, True),
    OrganisationSeed("Lee's Pharmaceutical Holdings", "李氏大藥廠", "life_health", True, True),
    OrganisationSeed("SenseTime", "商湯科技", "ai", True, True),
    OrganisationSeed("TCL", "TCL", "microelectronics", True, True),
    OrganisationSeed("UMEC", None, "microelectronics", True, True),
)

_THEMES = ("ai", "microelectronics", "life_health", "fintech", "other")
_PREFIX = (("Harbour", "港灣"), ("Lion Rock", "獅子山"), ("Victoria", "維港"), ("Tolo", "吐露"),
           ("Pak Shek Kok", "白石角"), ("Kowloon", "九龍"), ("Jade", "翡翠"), ("Peak", "山頂"),
           ("Dragon", "飛龍"), ("Pearl", "明珠"), ("Junk Bay", "將軍澳"))
_SUFFIX = {"ai": (("AI Labs", "人工智能實驗室"), ("Robotics", "機械人")),
           "microelectronics": (("Semiconductor", "半導體"), ("Microsystems", "微系統")),
           "life_health": (("Biotech", "生物科技"), ("MedTech", "醫療科技")),
           "fintech": (("Fintech", "金融科技"), ("Payments", "支付")),
           "other": (("Smart City", "智慧城市"), ("Green Energy", "綠色能源"))}


def startup_seeds(count: int) -> list[OrganisationSeed]:
    """Science Park start-ups with English and Chinese names, deterministic."""
    seeds: list[OrganisationSeed] = []
    for index in range(count):
        theme = _THEMES[index % len(_THEMES)]
        prefix_en, prefix_zh = _PREFIX[index % len(_PREFIX)]
        suffix_en, suffix_zh = _SUFFIX[theme][(index // len(_PREFIX)) % 2]
        seeds.append(OrganisationSeed(f"{prefix_en} {suffix_en} Limited",
                                      f"{prefix_zh}{suffix_zh}有限公司", theme))
    return seeds


POSITION_TITLES = {
    "ai": ("AI Engineer Trainee", "Machine Learning Intern", "Data Analyst Trainee"),
    "microelectronics": ("IC Design Trainee", "Hardware Engineer Trainee"),
    "life_health": ("Bioinformatics Trainee", "Product Specialist Trainee"),
    "fintech": ("Software Engineer Trainee", "Product Marketing Trainee"),
    "other": ("Project Management Trainee", "Trainee Designer", "Business Analyst Trainee"),
}


@dataclass(frozen=True)
class CohortSeed:
    code: str
    name: str
    year: int
    opens_on: dt.date
    closes_on: dt.date
    quota_total: int | None
    tracks: tuple[tuple[str, str, int | None], ...] = ()
    #: (name, months, weeks)
    phases: tuple[tuple[str, int | None, int | None], ...] = ()
    rules: tuple[tuple[str, dict[str, Any], str], ...] = ()
    per_university_quota: int | None = None


@dataclass(frozen=True)
class ProgrammeSeed:
    code: str
    name_en: str
    kind: str
    description: str
    cohorts: tuple[CohortSeed, ...] = field(default_factory=tuple)


def _procruit_rules(year: int) -> tuple[tuple[str, dict[str, Any], str], ...]:
    return (
        (RuleKind.AWARD_LEVELS, {"levels": [level.value for level in AwardLevel]},
         "Degree or sub-degree graduate"),
        (RuleKind.GRADUATION_BETWEEN, {"from": None, "to": f"{year}-06-30"},
         "Graduated by the end of the application window"),
        (RuleKind.HK_RESIDENT, {}, "Hong Kong resident"),
        (RuleKind.UNEMPLOYED, {}, "Unemployed at the moment of application"),
        (RuleKind.MAX_FULL_TIME_MONTHS, {"less_than": 3},
         "Fewer than three months of consecutive full-time employment"),
    )


def _cohort(code: str, name: str, year: int, **kwargs: Any) -> CohortSeed:
    return CohortSeed(code, name, year, dt.date(year, 1, 15), dt.date(year, 3, 31), **kwargs)


PROCRUIT_TRACKS = (("TECH", "Technology for Good", 75), ("CREATIVITY", "Creativity for Good", None),
                   ("BUSINESS", "Business for Good", None),
                   ("HEALTHCARE", "Healthcare for Good", None))

PROGRAMMES = (
    ProgrammeSeed(
        "TF", "Talent Foundry", ProgrammeKind.TALENT_PROGRAMME,
        "HKSTP with the engineering and computing faculties of six universities: career "
        "pathways and professional development with Science Park companies.",
        tuple(_cohort(f"TF-{y}", f"Talent Foundry {y}", y, quota_total=300,
                      per_university_quota=50,
                      phases=(("Placement with a Science Park company", 6, None),),
                      rules=((RuleKind.UNIVERSITIES,
                              {"codes": ["CUHK", "CityU", "HKBU", "PolyU", "HKUST", "HKU"]},
                              "One of the six partner universities"),))
              for y in (2025, 2026)),
    ),
    ProgrammeSeed(
        "PROCRUITC", "PROcruit C", ProgrammeKind.TALENT_PROGRAMME,
        "Trainee programme funded by a charities trust: four tracks, a training phase, then a "
        "12-month traineeship at a Science Park company.",
        tuple(_cohort(f"PROCRUITC-{y}", f"PROcruit C {y}", y, quota_total=400,
                      tracks=PROCRUIT_TRACKS,
                      phases=(("Training", None, 6), ("Traineeship", 12, None)),
                      rules=_procruit_rules(y))
              for y in (2025, 2026)),
    ),
    ProgrammeSeed(
        "TLT", "Technology Leaders of Tomorrow", ProgrammeKind.TALENT_PROGRAMME,
        "Small cohorts of future technology leaders: a 2-month internship at HKSTP, then a "
        "24-month full-time R&D role at a partner company.",
        tuple(_cohort(f"TLT-{y}", f"Technology Leaders of Tomorrow {y}", y, quota_total=8,
                      phases=(("Internship at HKSTP", 2, None),
                              ("R&D role at a partner company", 24, None)),
                      rules=((RuleKind.AWARD_LEVELS,
                              {"levels": ["bachelor", "master", "doctorate"]},
                              "Bachelor's degree or above"),
                             (RuleKind.CONSENT, {}, "Consent to share data with employers")))
              for y in (2025, 2026)),
    ),
    ProgrammeSeed(
        "AIA", "\"AI in Action\" Career Day", ProgrammeKind.CAREER_DAY,
        "Hybrid recruitment day: 3,000+ visitors, 150+ AI companies, 1,000+ roles.",
        tuple(_cohort(f"AIA-{y}", f"AI in Action Career Day {y}", y, quota_total=None)
              for y in (2025, 2026)),
    ),
    ProgrammeSeed(
        "INTERN", "Internships", ProgrammeKind.INTERNSHIP,
        "Ordinary internships with any company, for any duration.",
        tuple(_cohort(f"INTERN-{y}", f"Internships {y}", y, quota_total=None,
                      phases=(("Internship", 3, None),))
              for y in (2025, 2026)),
    ),
)

EVENTS = (  # code, name, Chinese name, programme, day, time, format, theme, venue
    ("AIA-2025", "\"AI in Action\" Career Day 2025", "「AI in Action」人工智能招聘日 2025", "AIA",
     dt.date(2025, 3, 8), dt.time(10, 0), "hybrid", "ai", "Hong Kong Science Park"),
    ("MICRO-2026", "Microelectronics Career Day 2026", "微電子招聘日 2026", "AIA",
     dt.date(2026, 3, 14), dt.time(10, 0), "hybrid", "microelectronics",
     "Hong Kong Science Park"),
    ("TF-WS-2025", "Talent Foundry CV workshop", "Talent Foundry 履歷工作坊", "TF",
     dt.date(2025, 2, 20), dt.time(14, 30), "on_site", "other", "Hong Kong Science Park"),
)

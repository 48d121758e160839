"""Which faculty each department of the six universities belongs to.

A list is often a department's ("Department of Computing — PROcruit C nominees"), and its
students then have a department and no faculty: a faculty's endorsement list or report would
leave them out. These are the faculties and departments of the universities' prospectuses
(2025/26), shipped into every database (migration 0011) and editable there: an office adds a
department of its own, or moves one when a university reorganises.
"""

from __future__ import annotations

import re
import unicodedata

#: university code → ((faculty, its Chinese name), ((department, its Chinese name), ...)), ...
DEPARTMENTS: dict[str, tuple[tuple[tuple[str, str], tuple[tuple[str, str], ...]], ...]] = {
    "PolyU": (
        (("Faculty of Computer and Mathematical Sciences", "計算機及數學科學學院"), (
            ("Department of Computing", "電子計算學系"),
            ("Department of Applied Mathematics", "應用數學系"),
            ("Department of Data Science and Artificial Intelligence", "數據科學及人工智能學系"),
        )),
        (("Faculty of Engineering", "工程學院"), (
            ("Department of Aeronautical and Aviation Engineering", "航空及民航工程學系"),
            ("Department of Biomedical Engineering", "生物醫學工程學系"),
            ("Department of Electrical and Electronic Engineering", "電機及電子工程學系"),
            ("Department of Industrial and Systems Engineering", "工業及系統工程學系"),
            ("Department of Mechanical Engineering", "機械工程學系"),
        )),
        (("Faculty of Construction and Environment", "建設及環境學院"), (
            ("Department of Building and Real Estate", "建築及房地產學系"),
            ("Department of Building Environment and Energy Engineering", "建築環境及能源工程學系"),
            ("Department of Civil and Environmental Engineering", "土木及環境工程學系"),
            ("Department of Land Surveying and Geo-Informatics", "土地測量及地理資訊學系"),
        )),
        (("Faculty of Business", "工商管理學院"), (
            ("School of Accounting and Finance", "會計及金融學院"),
            ("Department of Logistics and Maritime Studies", "物流及航運學系"),
            ("Department of Management and Marketing", "管理及市場學系"),
        )),
        (("Faculty of Science", "理學院"), (
            ("Department of Applied Biology and Chemical Technology", "應用生物及化學科技學系"),
            ("Department of Applied Physics", "應用物理學系"),
            ("Department of Food Science and Nutrition", "食品科學及營養學系"),
        )),
        (("Faculty of Health and Social Sciences", "醫療及社會科學院"), (
            ("Department of Applied Social Sciences", "應用社會科學系"),
            ("Department of Health Technology and Informatics", "醫療科技及資訊學系"),
            ("Department of Rehabilitation Sciences", "康復治療科學系"),
            ("School of Nursing", "護理學院"),
            ("School of Optometry", "眼科視光學院"),
        )),
        (("Faculty of Humanities", "人文學院"), (
            ("Department of Chinese and Bilingual Studies", "中文及雙語學系"),
            ("Department of Chinese History and Culture", "中國歷史及文化學系"),
            ("Department of English and Communication", "英文及傳意學系"),
        )),
    ),
    "CUHK": (
        (("Faculty of Engineering", "工程學院"), (
            ("Department of Computer Science and Engineering", "計算機科學與工程學系"),
            ("Department of Electronic Engineering", "電子工程學系"),
            ("Department of Information Engineering", "信息工程學系"),
            ("Department of Mechanical and Automation Engineering", "機械與自動化工程學系"),
            ("Department of Systems Engineering and Engineering Management",
             "系統工程與工程管理學系"),
            ("Department of Biomedical Engineering", "生物醫學工程學系"),
        )),
        (("Faculty of Science", "理學院"), (
            ("Department of Mathematics", "數學系"),
            ("Department of Physics", "物理系"),
            ("Department of Chemistry", "化學系"),
            ("Department of Statistics", "統計學系"),
            ("Department of Earth and Environmental Sciences", "地球及環境科學系"),
            ("School of Life Sciences", "生命科學學院"),
        )),
        (("Faculty of Business Administration", "工商管理學院"), (
            ("School of Accountancy", "會計學院"),
            ("Department of Decision Sciences and Managerial Economics", "決策科學與企業經濟學系"),
            ("Department of Finance", "財務學系"),
            ("Department of Management", "管理學系"),
            ("Department of Marketing", "市場學系"),
            ("School of Hotel and Tourism Management", "酒店及旅遊管理學院"),
        )),
        (("Faculty of Social Science", "社會科學院"), (
            ("Department of Economics", "經濟學系"),
            ("Department of Geography and Resource Management", "地理與資源管理學系"),
            ("Department of Government and Public Administration", "政治與行政學系"),
            ("School of Journalism and Communication", "新聞與傳播學院"),
            ("Department of Psychology", "心理學系"),
            ("Department of Social Work", "社會工作學系"),
            ("Department of Sociology", "社會學系"),
            ("School of Architecture", "建築學院"),
        )),
        (("Faculty of Arts", "文學院"), (
            ("Department of Chinese Language and Literature", "中國語言及文學系"),
            ("Department of English", "英文系"),
            ("Department of History", "歷史系"),
            ("Department of Fine Arts", "藝術系"),
            ("Department of Music", "音樂系"),
            ("Department of Philosophy", "哲學系"),
            ("Department of Translation", "翻譯系"),
        )),
    ),
    "HKU": (
        (("Faculty of Engineering", "工程學院"), (
            ("Department of Computer Science", "計算機科學系"),
            ("Department of Electrical and Electronic Engineering", "電機電子工程系"),
            ("Department of Mechanical Engineering", "機械工程系"),
            ("Department of Civil Engineering", "土木工程系"),
            ("Department of Data and Systems Engineering", "數據及系統工程系"),
        )),
        (("Faculty of Science", "理學院"), (
            ("Department of Mathematics", "數學系"),
            ("Department of Physics", "物理學系"),
            ("Department of Chemistry", "化學系"),
            ("Department of Statistics and Actuarial Science", "統計及精算學系"),
            ("Department of Earth Sciences", "地球科學系"),
            ("School of Biological Sciences", "生物科學學院"),
        )),
        (("Faculty of Business and Economics", "經濟及工商管理學院"), (
            ("Area of Accounting and Law", "會計及法律學科"),
            ("Area of Economics", "經濟學科"),
            ("Area of Finance", "金融學科"),
            ("Area of Innovation and Information Management", "創新及資訊管理學科"),
            ("Area of Management and Strategy", "管理及策略學科"),
            ("Area of Marketing", "市場學學科"),
        )),
        (("Faculty of Social Sciences", "社會科學學院"), (
            ("Department of Geography", "地理系"),
            ("Department of Politics and Public Administration", "政治與公共行政學系"),
            ("Department of Psychology", "心理學系"),
            ("Department of Social Work and Social Administration", "社會工作及社會行政學系"),
            ("Department of Sociology", "社會學系"),
        )),
        (("Faculty of Architecture", "建築學院"), (
            ("Department of Architecture", "建築系"),
            ("Department of Real Estate and Construction", "房地產及建設系"),
            ("Department of Urban Planning and Design", "城市規劃及設計系"),
        )),
        (("Faculty of Arts", "文學院"), (
            ("School of Chinese", "中文學院"),
            ("School of English", "英文學院"),
            ("School of Humanities", "人文學院"),
            ("School of Modern Languages and Cultures", "現代語言及文化學院"),
        )),
    ),
    "HKUST": (
        (("School of Engineering", "工學院"), (
            ("Department of Computer Science and Engineering", "計算機科學及工程學系"),
            ("Department of Electronic and Computer Engineering", "電子及計算機工程學系"),
            ("Department of Chemical and Biological Engineering", "化學及生物工程學系"),
            ("Department of Civil and Environmental Engineering", "土木及環境工程學系"),
            ("Department of Industrial Engineering and Decision Analytics",
             "工業工程及決策分析學系"),
            ("Department of Mechanical and Aerospace Engineering", "機械及航空航天工程學系"),
        )),
        (("School of Science", "理學院"), (
            ("Department of Mathematics", "數學系"),
            ("Department of Physics", "物理學系"),
            ("Department of Chemistry", "化學系"),
            ("Division of Life Science", "生命科學部"),
            ("Department of Ocean Science", "海洋科學系"),
        )),
        (("School of Business and Management", "工商管理學院"), (
            ("Department of Accounting", "會計學系"),
            ("Department of Economics", "經濟學系"),
            ("Department of Finance", "金融學系"),
            ("Department of Information Systems, Business Statistics and Operations "
             "Management", "資訊、商業統計及營運管理學系"),
            ("Department of Management", "管理學系"),
            ("Department of Marketing", "市場營銷學系"),
        )),
        (("School of Humanities and Social Science", "人文社會科學學院"), (
            ("Division of Humanities", "人文學部"),
            ("Division of Social Science", "社會科學部"),
        )),
    ),
    "CityU": (
        (("College of Computing", "計算學院"), (
            ("Department of Computer Science", "電腦科學系"),
            ("Department of Data Science", "數據科學系"),
        )),
        (("College of Engineering", "工學院"), (
            ("Department of Architecture and Civil Engineering", "建築學及土木工程學系"),
            ("Department of Biomedical Engineering", "生物醫學工程學系"),
            ("Department of Electrical Engineering", "電機工程學系"),
            ("Department of Mechanical Engineering", "機械工程學系"),
            ("Department of Systems Engineering", "系統工程學系"),
            ("Department of Materials Science and Engineering", "材料科學及工程學系"),
        )),
        (("College of Business", "商學院"), (
            ("Department of Accountancy", "會計學系"),
            ("Department of Economics and Finance", "經濟及金融系"),
            ("Department of Information Systems", "資訊系統學系"),
            ("Department of Management", "管理學系"),
            ("Department of Marketing", "市場營銷學系"),
            ("Department of Management Sciences", "管理科學系"),
        )),
        (("College of Science", "理學院"), (
            ("Department of Chemistry", "化學系"),
            ("Department of Mathematics", "數學系"),
            ("Department of Physics", "物理學系"),
        )),
        (("College of Liberal Arts and Social Sciences", "人文社會科學院"), (
            ("Department of English", "英文系"),
            ("Department of Linguistics and Translation", "語言學及翻譯學系"),
            ("Department of Media and Communication", "媒體與傳播系"),
            ("Department of Public and International Affairs", "公共及國際事務學系"),
            ("Department of Social and Behavioural Sciences", "社會及行為科學系"),
            ("Department of Chinese and History", "中文及歷史學系"),
        )),
    ),
    "HKBU": (
        (("Faculty of Science", "理學院"), (
            ("Department of Biology", "生物系"),
            ("Department of Chemistry", "化學系"),
            ("Department of Computer Science", "計算機科學系"),
            ("Department of Mathematics", "數學系"),
            ("Department of Physics", "物理系"),
        )),
        (("School of Business", "工商管理學院"), (
            ("Department of Accountancy, Economics and Finance", "會計、經濟及金融學系"),
            ("Department of Management, Marketing and Information Systems",
             "管理、市場及資訊系統學系"),
        )),
        (("School of Communication", "傳理學院"), (
            ("Department of Journalism", "新聞系"),
            ("Department of Communication Studies", "傳播系"),
            ("Department of Interactive Media", "互動媒體系"),
        )),
        (("Faculty of Arts and Social Sciences", "文學及社會科學院"), (
            ("Department of Chinese Language and Literature", "中國語言文學系"),
            ("Department of English Language and Literature", "英國語言文學系"),
            ("Department of Geography", "地理系"),
            ("Department of Government and International Studies", "政治及國際關係學系"),
            ("Department of History", "歷史系"),
            ("Department of Sociology", "社會學系"),
            ("Department of Social Work", "社會工作系"),
        )),
    ),
}

_UNIT = re.compile(r"^(?:the\s+)?(?:department|dept\.?|school|division|area|programme|unit)"
                   r"\s+(?:of|in)\s+|\s+(?:department|dept\.?)$")
_NOT_WORD = re.compile(r"[\W_]+")
_CHINESE_UNIT = re.compile(r"(?:學系|學部|學院|學科|系|部)$")


def department_key(name: str) -> str:
    """How department names are compared within a university: "Department of Computing",
    "Dept. of Computing", "Computing Department", "COMPUTING" and "電子計算學系" / "電子計算"
    each one department; "&" is "and"; case, spacing and punctuation aside."""
    folded = " ".join(unicodedata.normalize("NFKC", name).casefold().replace("&", " and ")
                      .split())
    key = _NOT_WORD.sub("", _UNIT.sub("", folded)) or _NOT_WORD.sub("", folded)
    return _CHINESE_UNIT.sub("", key) or key


def shipped_departments() -> list[tuple[str, str, str, str, str]]:
    """Every shipped department: (university code, faculty, faculty in Chinese, department,
    department in Chinese)."""
    return [(code, faculty, faculty_zh, name, name_zh)
            for code, faculties in DEPARTMENTS.items()
            for (faculty, faculty_zh), departments in faculties
            for name, name_zh in departments]

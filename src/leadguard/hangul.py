"""Latin spellings of Korean names, for telling a Korean person's mailbox from a mash.

Korean people spell their Hangul names in Latin letters in more ways than one: 노정우 is
"nojeongu" in the Revised Romanization (2000), "noch'ŏngu" in McCune-Reischauer, and most
often what the family has always written, "nohjungwoo" or "rohjungwoo". anyascii gives the first
only, so a mailbox spelt the usual way read as a random string beside a name in Hangul.

A syllable is read from its three jamo (initial, vowel, final), each with the spellings people
use for it (ㅓ as "eo", "u" or "o"; ㅜ as "u", "oo" or "woo"); the common surnames add the
spellings that follow no rule (이 Lee, Yi, Rhee; 박 Park; 노 Noh, Roh). Written by hand for
leadguard from the two romanization systems and the surnames' customary spellings.
"""

from __future__ import annotations

from functools import lru_cache

_FIRST = 0xAC00  # 가
_LAST = 0xD7A3  # 힣
_PER_INITIAL = 21 * 28
_PER_VOWEL = 28

# The nineteen initials in Unicode's order: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
_INITIALS = ("g k", "kk gg k", "n", "d t", "tt dd", "r l", "m", "b p", "pp bb", "s sh", "ss s",
             "", "j ch", "jj tch", "ch c", "k", "t", "p", "h")
# The twenty-one vowels: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
_VOWELS = ("a ah", "ae ai e", "ya", "yae", "eo u o", "e", "yeo yu yo", "ye", "o oh", "wa", "wae",
           "oe wi we", "yo", "u oo woo", "wo", "we", "wi wee", "yu yoo", "eu u", "ui eui i",
           "i ee y")
# The twenty-eight finals, none first: - ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ
# ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
_FINALS = ("", "k g", "k", "k", "n", "n", "n", "t d", "l r", "k l", "m l", "l", "l", "l", "p l",
           "l", "m", "p b", "p", "t s", "t", "ng", "t j", "t", "k", "t", "p", "t h")
# Surnames whose customary spellings no jamo rule gives.
_SURNAMES = {
    "이": "lee yi rhee ree ee yee", "김": "kim gim", "박": "park pak bak", "최": "choi choe",
    "정": "jung jeong chung", "노": "noh no roh ro", "오": "oh o", "우": "woo u",
    "유": "yoo yu ryu",
    "류": "ryu yoo yu", "임": "lim im yim", "조": "cho jo", "신": "shin sin", "강": "kang gang",
    "윤": "yoon yun", "장": "jang chang", "손": "son sohn", "배": "bae pae", "백": "baek paik",
    "허": "heo huh hur", "심": "shim sim", "문": "moon mun", "구": "koo ku gu", "곽": "kwak gwak",
    "서": "seo suh so", "권": "kwon gwon", "전": "jeon jun chun", "고": "ko go koh",
    "안": "ahn an", "성": "sung seong", "양": "yang", "황": "hwang", "홍": "hong", "송": "song",
    "남": "nam", "한": "han", "라": "ra la", "나": "na ra", "리": "lee ri", "명": "myung myeong",
}


def is_hangul(char: str) -> bool:
    return _FIRST <= ord(char) <= _LAST


@lru_cache(maxsize=4096)
def syllable_spellings(syllable: str) -> frozenset[str]:
    """Every Latin spelling of one Hangul syllable; empty for any other character."""
    if len(syllable) != 1 or not is_hangul(syllable):
        return frozenset()
    initial, rest = divmod(ord(syllable) - _FIRST, _PER_INITIAL)
    vowel, final = divmod(rest, _PER_VOWEL)
    spelt = {first + middle + last
             for first in _INITIALS[initial].split() or [""]
             for middle in _VOWELS[vowel].split()
             for last in _FINALS[final].split() or [""]}
    spelt.update(_SURNAMES.get(syllable, "").split())
    return frozenset(spelt)


def name_spellings(text: str) -> set[str]:
    """The spellings of every Hangul syllable of `text`: the pieces a Korean person's mailbox is
    built from (노정우 -> noh, no, roh, jung, jeong, chung, woo, u, ...)."""
    return {spelt for char in text for spelt in syllable_spellings(char)}

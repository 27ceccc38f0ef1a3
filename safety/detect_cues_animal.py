"""An animal, not a person, as the subject of a sign (猫が窓から落ちた, 子牛が一頭ぐったりして, 獣医さんの番号): the
context cues of :mod:`safety.detect_hits` (a sign's match cancelled) and of :mod:`safety.detect` (a story of animals
alone, the classifier quiet). Moved out of :mod:`safety.detect_cues` in round 44."""

from __future__ import annotations

from safety.rule import ANIMAL_LEAD, ANIMAL_SUBJECT_SPAN, LIVESTOCK, PEOPLE, WRITER, Group
from safety.vocabulary import compile_folded

# An animal as the subject of a medical sign, no person (nor the writer: 私, 自分, 俺) between it and the sign
# (猫が窓から落ちた, 犬が川に飛び込んで溺れかけた, 子牛が一頭ぐったりして息をしていなかった, 牛っこが溝さはまって):
# the animal's trouble, for the vet or the owner, not a patient's (blind21). Searched right before each match of a
# rule of ``ANIMAL_SUBJECT_GROUPS``, in both views.
ANIMAL_SUBJECT_GROUPS: frozenset[Group] = frozenset({"medical", "weak", "lexical"})
_ANIMAL_BEFORE = (r"(?:" + ANIMAL_LEAD
                  # ... and in the reading line (牛っこが -> うしっこか, 子牛が一頭 -> こうしかいちとう)
                  + r"|(?:(?<![ぁ-ゖ])|(?<=の))うし(?:が|は|も|っこ)"
                  + r"|(?:こうし|うし|こぶた|ぶた|うま|やぎ|ひつじ)(?:が|は)?"
                  + r"(?:いっとう|いちとう|にとう|いっぴき|いちわ|[0-9一二三四五六七八九十]+(?:頭|匹|羽))"
                  # round 53: any creature counted by the head (一匹、浮いて動かなくなりました; にひき うごかない;
                  # 二羽とも動かない; 三頭): people are counted with 人, so the count is an animal's (not ひきつけ,
                  # ひきこもり, ひきだし, ひきとり, ひきずり - nor an honorific さん before 引き上げ:
                  # 監視員さん引き上げた read かんしいんさんひきあけた is a person pulled out; forty-ninth session,
                  # wide59b)
                  + r"|(?:なん|何|[0-9０-９一二三四五六七八九十]+)(?:匹|頭|羽)"
                  + r"|(?:いち|いっ|に|さん|よん|ご|ろく|ろっ|なな|はち|はっ|きゅう|じゅう|じゅっ|なん)"
                  + r"(?:ぴき|ひき|びき)(?!つ|こ|だ|と|ず|あ[けげ])"
                  # round 22: a calf, a piglet or a foal opening the message or after の (牛舎の子牛、息してねぇ)
                  # (not こうしん: 後、唇 read as one word, こうしん, in the reading line - 給食の後、唇が腫れて;
                  # round 54)
                  + r"|(?:(?<=\n)|^|(?<=の))(?:子牛|仔牛|子豚|子馬|こうし(?!ん)|こぶた|こうま)(?:が|は|も|っこ)?)"
                  + r"(?:(?!" + PEOPLE + "|" + WRITER + r")[^\n]){0,"
                  + str(ANIMAL_SUBJECT_SPAN) + r"}$")
ANIMAL_BEFORE = compile_folded(_ANIMAL_BEFORE)
ANIMAL_BEFORE_VOICED = compile_folded(_ANIMAL_BEFORE, voiced=True)
# A vet named in the line (獣医さんの番号わがっぺが, 動物病院): the sign's subject is an animal when no person is named
# before it in that line (round 22). Searched by :func:`safety.detect_hits._animal_before` with ``NO_PERSON_BEFORE``.
VET = compile_folded(r"じゅうい|獣医|どうぶつびょういん|動物病院")
NO_PERSON_BEFORE = compile_folded(r"(?:(?!" + PEOPLE + "|" + WRITER + r")[^\n])*$")
# A story of farm or pet animals alone, no person nor the writer named and no road or danger (牛が逃げで隣の田んぼさ
# 入っちまった、誰さ言えばいいべ): the emergency classifier stays quiet (a rule's event still counts; round 22).
ANIMALS_ONLY = compile_folded(r"(?:" + ANIMAL_LEAD + "|" + LIVESTOCK + r")")
ANY_PERSON = compile_folded(r"(?:" + PEOPLE + "|" + WRITER + r")")
ANIMAL_DANGER = compile_folded(r"あぶな|危な|どうろ|道路|こくどう|国道|せんろ|線路|くるま|車|ひと|人|たすけ|助け")
NEXT_DOOR = compile_folded(r"となりの|隣の")


def animals_only(text: str) -> bool:
    """A story of farm or pet animals alone: no person, no writer, no road or danger named (round 22)."""
    # 隣の (the next field, the house next door) names no one by itself: 隣の人 / 隣のおばあさん still do
    return (bool(ANIMALS_ONLY.search(text)) and not ANY_PERSON.search(NEXT_DOOR.sub("", text))
            and not ANIMAL_DANGER.search(text))

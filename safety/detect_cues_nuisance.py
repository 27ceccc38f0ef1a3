"""A recurring nuisance told as a consultation (近所の犬が毎晩夜中まで吠えてて…どこに相談すればいい, 毎朝アイドリング
してて…どこに言えば): a neighbourly matter for the city or the owner, not an emergency nor a question for the advice
lines - the classifiers stay quiet, as for a story of animals alone (:mod:`safety.detect_cues_animal`). A rule's event
still counts, and a person not seen, not answering or fallen keeps the classifiers open (犬が毎晩吠えてて、飼い主の
おばあさんを最近見かけない). Round 49 (helper A89): the n-gram read such consultations #7119 or #9110 (wide50b)."""

from __future__ import annotations

from safety.vocabulary import compile_folded

# Again and again: every night, every day, every morning, day after day.
RECURRING = (r"まいばん|毎晩|まいにち|毎日|まいあさ|毎朝|まいよ|毎夜|まいしゅう|毎週|れんじつ|連日|よなよな|夜な夜な"
             r"|しょっちゅう|ひごろ|日頃")
# A nuisance: barking or crying animals, an engine left idling, a smell, a noise.
NUISANCE = (r"ほえ|吠え|なきごえ|鳴き声|なきさわ|鳴き騒|あいどりんぐ|アイドリング|えんじん|エンジン|におい|臭い|匂い"
            r"|くさい"
            r"|くせえ|くっせ|そうおん|騒音|うるさ|やかまし|おと(?:が|で)|音(?:が|で)")
# Asked where to take it (どこに相談すれば, どごさ相談すっぺ, どこに言えば, 苦情はどこへ).
WHERE_TO_TAKE_IT = (r"そうだん|相談|くじょう|苦情|(?:どこ|どご|だれ|誰)(?:に|さ|へ)[^\n]{0,6}?(?:いえ|言え|いっ|言っ"
                    r"|れんらく|連絡|たのめ|頼め|つたえ|伝え|とどけ|届け)")
NUISANCE_CONSULTED = compile_folded(r"(?=[^\n]*?(?:" + RECURRING + r"))(?=[^\n]*?(?:" + WHERE_TO_TAKE_IT + r"))"
                                    r"[^\n]*?(?:" + NUISANCE + ")")
# A person not seen, not answering, fallen or crying out: no mere nuisance (the classifiers stay open).
PERSON_IN_TROUBLE = compile_folded(r"みかけな|見かけな|みかけね|見かけね|すがた|姿|へんじ|返事|おうとう|応答"
                                   r"|たおれ|倒れ"
                                   r"|うごか|動か|ぐったり|たすけ|助け|ひめい|悲鳴|さけび|叫び|うめき|うめい|呻"
                                   r"|きゅうきゅうしゃ|救急車|けいさつ|警察|こわい|怖い|脅|殴|なぐられ|怒鳴|どなりごえ|こわれ|壊れ"
                                   r"|(?:こども|子ども|子供|あかちゃん|赤ちゃん)の(?:なきごえ|泣き声)")
# (kana only where it folds into no everyday word once devoiced: どなり is となり, 隣; なぐ is なく; おどさ is おとさ)


def nuisance_consulted(text: str) -> bool:
    """A recurring nuisance with a question of where to take it, and no person in trouble told."""
    return bool(NUISANCE_CONSULTED.search(text)) and not PERSON_IN_TROUBLE.search(text)

"""Harm reported for the police by a parent or the one harmed, in words the earlier rules did not read (round 48,
helper A85: kinds earlier rounds left alone). Tellings written for them are in
tests/safety/test_events_reported_harm_signs.py:

- #9110: a child bullied (いじめられて), told with the wish to take it to the police (警察に相談したい, 警察って相談
  乗ってくれる?, 警察さ相談してえ) - the blows and the money taken are the bullying's, told for a consultation;
  :func:`safety.detect.find` turns the crime events told with it into the consultation line unless "now" is told
  (``BULLYING_CONSULTED``);
- 110 (#9110 when the one pressed has not met the sender yet): someone pressing a child or anyone to die together
  (一緒に死のうってDMが来てる, 心中しようと誘われて) - a suicide pact invitation;
- #9110: a practitioner's hands on the body where they should not be, told afterwards (整体の先生が体を触ってくる,
  マッサージ中に胸を触られた) - a sexual assault for the consultation line, not a treatment.
"""

from __future__ import annotations

from safety.rule import COMIC, FICTION, FILM, Rule, in_either_order, rule

# --- a child bullied, taken to the police ---
BULLIED = r"いじめ(?!っこ|っ子|ぼうし|防止|たいさく|対策)|虐め|苛め|いぢめ"
# The police named as a place to consult (警察に相談, 警察って相談乗ってくれる, 警察さ相談してえ, 被害届).
POLICE_CONSULTED = (r"(?:けいさつ|警察|こうばん|交番|おまわりさん)(?:しょ|署)?(?:に|へ|さ|って|で|は|にも)?[^\n]{0,4}?"
                    r"(?:そうだん|相談|とどけ|届け|いう|言う|いった|言った|いえ|言え|つうほう|通報)|ひがいとどけ|被害届")
BULLYING_CONSULTED = in_either_order(BULLIED, POLICE_CONSULTED, gap=60, gap_back=30)
# A talk or a campaign about bullying (いじめ防止の講演会): a service question, not one's own child.
BULLYING_TOPIC = FICTION + r"|こうえん|講演|きょうしつ|教室|けんしゅう|研修|ぽすたー|ポスター|ちらし|チラシ"

# --- signs of bullying, told without the word police (round 55) ---
# A child's school things damaged, hidden or scribbled on (カバンに落書きされて, 上履きが隠されたり, 教科書が破られて),
# with the child not wanting to go to school, money going missing or bullying named; or bullying named with money
# taken or demanded (いじめられてて毎日お金を取られてる): extortion among children, for the consultation line (#9110).
SCHOOL_THINGS = (r"かばん|カバン|鞄|らんどせる|ランドセル|きょうかしょ|教科書|のーと|ノート|うわばき|上履き"
                 r"|うわぐつ|上靴|くつ|靴|ふでばこ|筆箱|たいそうふく|体操服|もちもの|持ち物|つくえ|机")
THINGS_HARMED = (r"(?:らくがき|落書き)(?:され|さ(?:れ|せ)て)|(?:かく|隠)され|(?:やぶ|破)られ|(?:す|捨)てられ"
                 r"|(?:こわ|壊)され|(?:よご|汚)され|(?:きりさ|切り裂)かれ")
SCHOOL_AVOIDED = (r"(?:がっこう|学校)(?:に|へ|さ)?(?:いき|行き|い|行)(?:たがらな|たがんね|たくな|たぐね|しぶ|渋)"
                  r"|ふとうこう|不登校")
MONEY_TAKEN = (r"(?:おこづかい|お小遣い|こづかい|小遣い|おかね|お金|かね|金)(?:が|を|ば|も)?[^\n]{0,10}?"
               r"(?:なくな|とられ|取られ|もってこい|持ってこい|もってこ(?:い|ね)|ようきゅう|要求|せびられ|たかられ)")
THINGS_HARMED_AT_SCHOOL = r"(?:" + SCHOOL_THINGS + r")(?:に|を|が|も)?[^\n]{0,8}?(?:" + THINGS_HARMED + ")"
BULLYING_SIGNS = (THINGS_HARMED_AT_SCHOOL
                  + r"|" + in_either_order(BULLIED, MONEY_TAKEN, gap=40, gap_back=30))
BULLYING_SIGNS_BESIDE = SCHOOL_AVOIDED + r"|" + MONEY_TAKEN + r"|" + BULLIED
BULLYING_SIGNS_TOPIC = (BULLYING_TOPIC + r"|ぶんかさい|文化祭|がくげいかい|学芸会|てんじ|展示|あーと|アート"
                        r"|かいなおし|買い直し|かいかえ|買い替え|べんしょう|弁償")

# --- a suicide pact pressed on someone ---
DIE_TOGETHER = (r"(?:いっしょ|一緒)(?:に)?(?:しの|死の|しな(?:ない|ねえ|ね)|死な(?:ない|ねえ|ね)|しぬ|死ぬ"
                r"|しん(?:で|じゃ)"
                r"|死ん(?:で|じゃ))|しんじゅう|心中|しゅうだんじさつ|集団自殺")
# ... said to the person by another (届く, 来る, 誘われる, 言われる, a DM, a message, a post)
PRESSED_ON = (r"とど|届|きて|来て|きた|来た|くる|来る|きま|来ま|さそ|誘|いわれ|言われ|かかれ|書かれ|おくられ|送られ"
              r"|でぃーえむ|dm|めっせ|メッセ|らいん|ライン|line|ちゃっと|チャット|から")
SUICIDE_PACT_PRESSED = in_either_order(DIE_TOGETHER, PRESSED_ON, gap=24, gap_back=16)
# ... told as not met yet (孫はまだ会ってはおりません, wide49b): the consultation line (#9110).
PACT_NOT_MET = r"まだ(?:あって|会って|おうて|逢って)(?:は|も)?(?:い|お)?(?:ない|ねえ|ません|りません)"
# A film, a novel or a drama about it, or news of a past case (not a game: where such senders are met, ゲームで知り
# 合った人から心中しようと).
PACT_TOLD_AS_STORY = (FILM + r"|どらま|ドラマ|" + COMIC + r"|あにめ|アニメ|しょうせつ|小説|ほん(?:で|の)|本(?:で|の)"
                      r"|にゅーす|ニュース|きじ|記事|かし|歌詞")

# --- a practitioner's groping ---
PRACTITIONER = (r"せいたい|整体|まっさーじ|マッサージ|せいこつ|整骨|せっこつ|接骨|はりきゅう|鍼灸|かいろ|カイロ"
                r"|えすて|エステ|あんま|按摩|りらくぜーしょん|リラクゼーション")
# Parts no treatment touches (胸, お尻, 股, 下着), or the body (体, not the back or the waist treated: 腰を触ってくる
# のは普通ですか is a question of the treatment, round 47) touched "coming at one" / unwanted (触ってくる, 気持ち悪い).
INTIMATE = (r"むね|胸|おしり|お尻|しり|尻|また(?:の|を|に)|股|したぎ|下着"
            r"|(?:へん|変|かんけい|関係)(?:な|の)(?:ところ|とこ)"
            # ... or a place other than the one treated (腰でねえとこまで, 肩じゃないところ)
            r"|(?:で|じゃ)(?:ねえ|ない|な)(?:ところ|とこ)")
TOUCHED = r"(?:さわ|触)(?:って|られ|り|る|ら)"
UNWANTED = (r"(?:さわ|触)って(?:く|き)|きもちわる|気持ち悪|きもい|キモい|いや(?:だ|な|で)|嫌|ふかい|不快|こわ|怖"
            r"|やめて|ひつよう(?:いじょう|以上)|必要以上|しつこ|せくはら|セクハラ")
GROPED_IN_TREATMENT = (r"(?:" + PRACTITIONER + r")[^\n]{0,24}?(?:(?:" + INTIMATE + r")(?:を|に|まで|も)?[^\n]{0,4}?"
                       + TOUCHED + r"|(?:からだ|体)(?:を|に|じゅう|中)?[^\n]{0,4}?" + TOUCHED + r"[^\n]{0,16}?(?:"
                       + UNWANTED + r"))")
# A treatment asked about (どこまで触るものですか in a booking question) or trained for: a service question.
TREATMENT_ASKED = FICTION + r"|よやく|予約|しかく|資格|ならい|習い|こうざ|講座|ねだん|値段|りょうきん|料金"


# The event's name (:func:`safety.detect.find` reads it).
BULLYING_CONSULTED_EVENT = "bullying_consulted"


def reported_harm_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule(BULLYING_CONSULTED_EVENT, "stalking", BULLYING_CONSULTED, unless=BULLYING_TOPIC),
        rule("bullying_signs", "stalking", BULLYING_SIGNS, needs=BULLYING_SIGNS_BESIDE, unless=BULLYING_SIGNS_TOPIC),
        rule("suicide_pact_pressed", "stalking", SUICIDE_PACT_PRESSED, needs=PACT_NOT_MET, unless=PACT_TOLD_AS_STORY),
        rule("suicide_pact_pressed", "police", SUICIDE_PACT_PRESSED, unless=PACT_TOLD_AS_STORY),
        rule("groped_in_treatment", "stalking", GROPED_IN_TREATMENT, unless=TREATMENT_ASKED),
    )

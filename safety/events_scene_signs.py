"""Events told by the scene outside the home and by what people do (roads, vehicles, shops, strangers, messages):
things fallen on a road and cars swerving, a vehicle scraping or hitting something, a shop or door forced open with
someone inside, a person outside a railing, a farewell message, a threat quoted, an allergic reaction after eating
that reaches the voice or breath (110/119); a contract pressed by a stamp or signed under pressure, unwanted
options, many units bought at the door (188); a long quake and people heading for high ground, a river's water
level (disaster). Generalised from the misses of `blind13a` and `blind13b` (round 13, see docs/safety.md)."""

from __future__ import annotations

from safety.events_outdoor_signs import PAST_COLLISION_ACHING
from safety.rule import ANIMAL_WORD, FILM, PEOPLE, Rule, rule
from safety.vocabulary_things import FALLEN_THING, LOADS

# Someone selling, inspecting or building (the frame of a consumer matter).
SELLER = (r"りーす|リース|けいやくしょ|契約書|ぎょうしゃ|業者|うり|売り|せーるす|セールス|えいぎょう|営業|ほうもん"
          r"|訪問|てんけん|点検|かんゆう|勧誘"
          r"|こうじ|工事|けいやく|契約|はんばい|販売")
ROAD = (r"(?:どうろ|道路|こくどう|国道|けんどう|県道|こうそく|高速|しゃせん|車線|ろじょう|路上|こうさてん|交差点"
        r"|ばいぱす|バイパス|かーぶ|カーブ|とんねる|トンネル)")
# What lies on a road that is no hazard: rubbish, leaves, a found item (道路に落ちてた手袋を交番に届けた).
FOUND_ON_THE_ROAD = (r"ごみ|ゴミ|おちば|落ち葉|おとしもの|落とし物|さいふ|財布|ひろ|拾|こうばん|交番|とどけ|届け"
                     # (round 58: nor a small animal fallen in a ditch and crying, 工事の溝に子猫落ちて鳴いてる;
                     # wide60b)
                     r"|" + ANIMAL_WORD + r"(?:が|は|も|っこ)?(?:おち|落ち|おっこ|落っこ|はま)")
# A large animal lying on a road (鹿が倒れて, 猪が横たわって; round 56, blind57b) ...
ROAD_ANIMAL = (r"(?:(?<![ぁ-ゖ])しか|鹿|かもしか|いのしし|猪|くま|熊|たぬき|狸|きつね|狐|うし|牛|うま|馬|いぬ|犬)")
LYING = r"たおれ|倒れ|よこたわ|横たわ|しんで|死んで|ころが|転が"
# ... with the cars that come told as the danger (車が来たら危ない, 車が次々来て危ないのです, 車来るがら危ねえ)
CARS_COMING_DANGER = (r"(?:くるま|車)(?:が|も|は)?[^\n]{0,8}?(?:き|来|く|通|とお)(?:て|たら|る|ます|ると)[^\n]{0,10}?"
                      r"(?:あぶな|危な|あぶの|危の|あぶね|危ね)")
# ... on a road, a lane or a way to somewhere (道に, 道路に, 行く道に)
ANY_ROAD = r"みち|道|どうろ|道路|しゃどう|車道|こくどう|国道|けんどう|県道|かーぶ|カーブ|とうげ|峠"
# ... not told as a story, a dream or the past
NOT_LYING_NOW = FILM + r"|もし|ゆめ|夢|きのう|昨日|きょねん|去年|むかし|昔|にゅーす|ニュース"

# A leave-taking as the words of a message (子どもたちをよろしく, あとは頼む, みんなありがとう, もう終わりにする,
# 探さないで, 元気でね; round 50: the Tohoku and Kansai さいなら, wide51's farewell letter): a bare よろしく / 頼む only
# with what is handed over (Xをよろしく), not 明日よろしく.
FAREWELL = (r"(?:(?:を|は)(?:よろしく|たのむ|頼む|たのみます|頼みます|まかせ|任せ)"
            r"|(?:みんな|いままで|今まで|ほんとうに|本当に)[^\n]{0,4}?(?:ありがと|(?:お)?(?:せわ|世話)にな(?:り|っ))"
            # ... or an apology for being a burden closing with thanks (迷惑ばかりかけてすみません、お世話になりました;
            # round 58, wide60b's young worker) - the words of a last message, not of a thank-you note at a move
            r"|(?:めいわく|迷惑)[^\n]{0,8}?(?:かけ|掛け)[^\n]{0,12}?(?:お)?(?:せわ|世話)にな(?:りました|った)"
            r"|ごめんね|ごめんなさい|さよなら|さようなら|さいなら|(?:おわり|終わり|おしまい|さいご|最後)に(?:する|します|したい)"
            r"|ばいばい|バイバイ|さがさないで|探さないで|(?:げんき|元気)で(?:ね|な|いて)?(?=[」』]?(?:って|と))|(?:いき|生き)(?:て)?(?:いけない|いけません|いけ(?:ね|ん))|もう(?:むり|無理|げんかい|限界)"
            # round 54 (wide56): never to meet again (もう会えないと思う, もう二度と会わない) - not a wish (会いたい)
            r"|もう(?:にど|二度)?(?:と)?(?:あえない|会えない|あえね|会えね|あえん|会えん|あわない|会わない)(?!かも|なんて|のは|の))")
# ... that came from them (届いた, LINEが来た, 送ってきた, インスタに投稿, 書き込み, 書き置き)
# (not a message the writer sent: 「今までお世話になりました」とメッセージを送ったのに返信がない)
CAME_FROM = (r"(?:とどい|届い|きた|来た|きて|来て|おくってき|送ってき|おくられ|送られ|とうこう|投稿|かきこ|書き込"
             r"|かいて|書いて|かかれ|書かれ|のこし|残し|のこされ|残され|かきおき|書き置き"
             # ... or a letter they wrote and left (と書いた手紙を置いて; round 56, blind57a)
             r"|(?:かいた|書いた)(?:てがみ|手紙|めも|メモ|かみ|紙)"
             # ... or messaged by them (LINEしてきて, メールしてきた)
             r"|(?:らいん|line|めーる|メール|めっせーじ|メッセージ|でぃーえむ|dm)(?:を)?してき"
             # ... or left on their door or window as a note (戸に「長い間ありがとう」と貼り紙, って紙貼ってで;
             # round 51, wide53b)
             r"|はりかみ|はりがみ|張り紙|貼り紙|(?:はっ|貼っ|張っ)て(?:あ|い|で|て)|(?:はら|貼ら|張ら)れ)")
# ... or posted where friends read it (インスタのストーリーに上げてる, Xに書いてる, TikTokに載せてる; round 45,
# blind46b: 友達がインスタに「みんな今までありがとう、さようなら」って上げてる)
POSTED_ONLINE = (r"いんすた|instagram|すとーりー|ストーリー|ついったー|ツイッター|twitter|(?<![a-z])x(?:に|で|の)"
                 r"|えすえぬえす|sns|てぃっくとっく|tiktok|ふぇいすぶっく|facebook|ぶろぐ|ブログ|とうこう|投稿"
                 r"|かきこ|書き込")
# ... but not a shop, a team or a star taking leave of its public (閉店します, 引退, 卒業, 最終回, 解散)
PUBLIC_LEAVE_TAKING = (r"へいてん|閉店|いんたい|引退|そつぎょう|卒業|さいしゅうかい|最終回|かいさん|解散"
                       r"|へいぎょう|閉業|おし(?:の|が)|推し|あいどる|アイドル|はいしんしゃ|配信者|ゆーちゅーばー"
                       r"|ユーチューバー|げいのうじん|芸能人|(?:みせ|店)(?:が|の)|えいぎょう|営業|てんきん|転勤"
                       r"|たいしょく|退職")
# ... and not the writer's own message (送った, 送りました, 送信した)
WRITER_SENT = r"(?:おくった|送った|おくりました|送りました|そうしんした|送信した)"
# ... and no way to reach them now
UNREACHABLE = (r"(?:でんわ|電話|けいたい|携帯|すまほ|スマホ)(?:に|にも|には|も|は)?(?:で|出)"
               r"(?:ない|ねえ|ず|なく|ません|ん)"
               r"|(?:きどく|既読)(?:が|も)?(?:つか|付か)(?:ない|ねえ|ず|なく)"
               r"|(?:れんらく|連絡)(?:が|も)?(?:つか|付か|とれ|取れ)(?:ない|ねえ|ず|なく|ません|ね)"
               r"|(?:でんげん|電源)(?:が|も)?(?:きれ|切れ|はいって(?:い)?な|入って(?:い)?な)"
               r"|(?:へんしん|返信|へんじ|返事)(?:が|も)?(?:ない|こない|来ない|なく|ありません)"
               r"|(?:つなが|繋が)ら(?:ない|ねえ|ず|なく)|(?:おうとう|応答)(?:が)?(?:ない|なく|ありません)"
               # ... or called again and again without an answer (何度かけても出ない; round 58, wide60b)
               r"|(?:なんど|何度|なんかい|何回|なんべん|何べん)(?:も)?(?:かけ|掛け|でんわし|電話し)ても(?:で|出)"
               r"(?:ない|ねえ|ず|なく|ません|ね)"
               # ... or gone from where they should be (部屋に娘の姿がない, 会社に来てない, 帰ってこない)
               r"|(?:すがた|姿)(?:が|も)?(?:ない|なく|みえな|見えな|みあたらな|見当たらな)"
               r"|(?:き|来|もどって|戻って|かえって|帰って)(?:こ|き)?(?:て)?(?:い)?(?:ない|ねえ|なく)|いなくな"
               # ... or gone out and not back since (出て行ったきり, 出ていったまま; round 56, blind57a)
               r"|(?:で|出)て(?:い|行)った(?:きり|まま)"
               # ... or their car gone from the house (車がなくて, 車ねえ, くるまが ありません; round 51, wide53b)
               r"|(?:くるま|車)(?:が|も|は)?(?:ない|ねえ|なく|ありません|みあたらな|見当たらな)")
# A place one could fall or jump from, where they are or what they sent a photo of (駅ビルの屋上にいて, 橋の写真)
# (a station platform named as one: 駅のホーム, not 老人ホーム)
DANGER_PLACE = (r"(?:おくじょう|屋上|橋|はし(?=の|から|に|で|まで)|らんかん|欄干|せんろ|線路|ふみきり|踏切"
                r"|(?:えき|駅)の(?:ほーむ|ホーム)|がけ|崖|がんぺき|岸壁|ふとう|埠頭|だむ|ダム|たき(?=の|つぼ|に|から)|滝|うみ|海(?!外)|かこう|火口)")
FAREWELL_CAME = FAREWELL + r"[^\n]{0,10}?(?:って|と)(?:だけ)?[^\n]{0,12}?" + CAME_FROM


def scene_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- 110 ---
        # something fallen or scattered on a road or lane (国道の真ん中に木材が落ちていて, 高速の車線にタイヤが
        # 落ちてて): 110 first, unsure (the city's road desk also takes these reports: 落下物があって通れない) ...
        rule("road_hazard", "weak_police",
             ROAD + r"[^\n]{0,24}?(?:おちて|落ちて|ちらば|散らば|ころが|転が|らっかぶつ|落下物)",
             unless=FOUND_ON_THE_ROAD),
        # ... or a thing fallen over across it (信号機が折れて道路の真ん中に倒れてて, 道路に電柱が倒れている)
        rule("road_hazard", "weak_police",
             FALLEN_THING + r"(?:が|は|も)[^\n]{0,16}?" + ROAD + r"[^\n]{0,10}?(?:たおれ|倒れ)|" + ROAD
             + r"[^\n]{0,10}?" + FALLEN_THING + r"(?:が|は|も)[^\n]{0,10}?(?:たおれ|倒れ)"),
        # ... and sure when a thing or a large animal lies across it and the cars that come are told as the danger
        # (round 56: 行く道に大きな木が倒れておりまして。車が来たら危のうございます; 道路に鹿が倒れて…車が次々来て
        # 危ない)
        rule("road_danger", "police",
             r"(?:" + FALLEN_THING + r"|" + ROAD_ANIMAL + r")(?:が|は|も)[^\n]{0,12}?(?:" + LYING + r")[^\n]{0,30}?"
             + CARS_COMING_DANGER,
             needs=ANY_ROAD, unless=NOT_LYING_NOW),
        # ... and sure when cars swerve or brake round it
        rule("road_danger", "police",
             r"(?:おちて|落ちて|ちらば|散らば|ころが|転が)[^\n]{0,12}?(?:くるま|車|みんな)(?:が)?[^\n]{0,6}?"
             r"(?:よけ|避け|きゅうぶれーき|急ブレーキ|とまっ|止まっ)"
             # ... or a load or a ladder lost from a truck, left where cars swerve round it (荷台から落ちた脚立が県道に
             # 残っていて、車がよけて走っています; round 54)
             r"|(?:" + LOADS + r")(?:が|は|も)[^\n]{0,30}?(?:くるま|車|みんな)(?:が)?[^\n]{0,6}?"
             r"(?:よけ|避け|きゅうぶれーき|急ブレーキ)",
             unless=FOUND_ON_THE_ROAD),
        # --- 119 ---
        # a vehicle overturned with a person inside or gone from sight (沢に車がひっくり返ってる、中に人影がある;
        # トラクターが横倒し…じいちゃんの姿が見えない): 119, not the accident's 110 (blind24; the set's overturned
        # vehicles are 110 only with the driver out or no one aboard)
        rule("overturned_with_person", "medical",
             r"(?:とらくたー|トラクター|こううんき|耕運機|くるま|車|けいとら|軽トラ|とらっく|トラック|こんばいん|コンバイン)"
             r"(?:が|は)?[^\n]{0,12}?(?:よこだおし|横倒し|おうてん|横転|ひっくりかえ|ひっくり返|てんぷく|転覆|うらがえ|裏返)"
             r"[^\n]{0,40}?(?:(?:なか|中)(?:に|さ)[^\n]{0,3}?(?:ひとかげ|人影|ひと|人)(?!(?:は|も)?(?:いな|いね|おらん|いませ|なし))"
             r"|(?<!なかに)(?<!中に)(?:ひとかげ|人影)(?:が|は|も)?(?:ある|あり|みえ|見え)"
             r"|(?:すがた|姿)(?:が|は)?[^\n]{0,6}?(?:みえな|見えな|みえね|見えね|ない|ねえ)"
             r"|(?:のって|乗って)(?:る|いる|た)(?!ない|ねえ|ね|けど))", has_negation=True),
        # round 24: a road vehicle lying overturned, no one said to be in it (軽トラ横倒しになって道ふさいでる、誰も
        # 乗ってねえ; 車が横転してて運転手は外に出てる): the accident for the police (4 of 4 such phrases are 110);
        # with a person inside or under it ``overturned_with_person`` and the other signs make it 119 (life first)
        # (round 58: not the 車 of 駐車場, a car park - 駐車場でカラスがひっくり返って; wide60)
        rule("overturned_vehicle", "police",
             r"(?:(?<!てん)(?<!転)くるま(?!いす)|(?<!転)車(?!いす|椅子|場|じょう)|けいとら|軽トラ|とらっく|トラック|ばす|バス|わごん|ワゴン|だんぷ|ダンプ)"
             r"(?:が|は|も)?[^\n]{0,6}?(?:よこだおし|横倒し|おうてん|横転|ひっくりかえっ|ひっくり返っ|てんぷく|転覆|さかさま|逆さま)"
             # ... or a two-wheeler that skidded and keeled over (バイク滑ってひっくり返った、人は大丈夫; round 49,
             # wide50b)
             r"|(?:ばいく|バイク|げんつき|原付|すくーたー|スクーター)(?:が|は|も)?[^\n]{0,3}?(?:すべっ|滑っ|すりっぷ|スリップ)"
             r"[^\n]{0,4}?(?:よこだおし|横倒し|おうてん|横転|ひっくりかえっ|ひっくり返っ|てんとう|転倒)",
             unless=r"みにかー|ミニカー|おもちゃ|玩具|ぷらもでる|プラモデル|げーむ|ゲーム|どらま|ドラマ|" + FILM
                    + r"|ゆめ|夢|にゅーす|ニュース|ゆき(?:の|で)?(?:おもみ|重み)"),
        # a vehicle scraping or hitting a thing or a car, or leaving after it (電柱にこすってしまいました)
        rule("traffic_accident", "police",
             r"(?:くるま|車|とらっく|トラック|けいとら|軽トラ|ばいく|バイク|じてんしゃ|自転車|ばっく|バック)(?:で|が)?[^\n]{0,10}?"
             # against something (電柱にこすって, 車をこすった; not 車のドアで指をぶつけて)
             r"(?:に|(?:くるま|車|でんちゅう|電柱|へい|塀|かべ|壁|がーどれーる|ガードレール|さく|柵)を)(?:こすっ|擦っ|こすり|擦り|ぶつけ(?:た|て|ちゃ|られ|まし)|あてて|当てて|あてられ|当てられ)"
             r"|あてにげ|当て逃げ|(?:あいて|相手)(?:が)?[^\n]{0,4}?(?:たちさ|立ち去|にげ|逃げ)",
             needs=r"くるま|車|とらっく|トラック|けいとら|軽トラ|ばいく|バイク|じてんしゃ|自転車|ちゅうしゃじょう|駐車場",
             unless=r"しょうめい|ほけん|証明|保険|しゅうり|修理|げーむ|ゲーム|" + PAST_COLLISION_ACHING),
        # a shop, door or window forced open, or a light moving inside a closed shop (break-in now)
        rule("break_in", "police",
             r"(?:しゃったー|シャッター|どあ|ドア|まど|窓|かぎ|鍵|げんかん|玄関|とびら|扉|うらぐち|裏口|かってぐち|勝手口)"
             r"(?:が|を)?[^\n]{0,6}?(?:こじあけ|こじ開け|こわされ|壊され|やぶられ|破られ)"
             r"|(?:なか|中)(?:で|に)[^\n]{0,4}?(?:かいちゅうでんとう|懐中電灯|らいと|ライト)(?:の(?:ひかり|光))?(?:が)?[^\n]{0,3}?"
             r"(?:うご|動|ちらちら)"),
        # a person outside a railing or on an edge, looking down (ベランダの手すりの外側に人が立ってて)
        rule("suicide_threat", "police",
             r"(?:てすり|手すり|さく|柵|ふぇんす|フェンス|らんかん|欄干)(?:の)?(?:そと|外)(?:がわ|側)?(?:に|で)"
             r"|(?:おくじょう|屋上|はし|橋|ほーむ|ホーム|がけ|崖)(?:の)?(?:はし|端|ふち|縁|きわ|際)(?:に|で)[^\n]{0,8}?"
             r"(?:したをみ|下を見|したを(?:じっと)?み|下を(?:じっと)?見|じっと)",
             # (a man or a woman told as such too: 男性が手すりの外側に; round 49 - kanji only, じょせい is 助成 read;
             # only here: 男性 in every person guard made a missing man found again 110, wide48b)
             needs=PEOPLE + r"|男性|女性",
             # ... not a worker there at a job, tied on (手すりの外側で作業…命綱をつけている; round 49)
             unless=r"さぎょう|作業|いのちづな|命綱|あんぜんたい|安全帯|こうじ|工事|てんけん|点検"),
        # a farewell message (今までありがとう、もう疲れた ってLINE来た)
        rule("suicide_threat", "police",
             r"(?:いままで|今まで|これまで)(?:ほんとうに|本当に)?(?:ありがとう|ありがと|おせわになりました|お世話になりました)"
             r"[^\n]{0,16}?(?:って|と|らいん|line|めーる|メール|めっせーじ|メッセージ|てがみ|手紙|かきおき|書き置き)",
             needs=r"らいん|line|めーる|メール|めっせーじ|メッセージ|てがみ|手紙|かきおき|書き置き|でんわ|電話|"
             + POSTED_ONLINE,
             # ... the writer's own thanks sent (退職する先輩に「今までお世話になりました」と送った; round 21),
             # nor a shop, a team or a star taking leave of its public (閉店, 引退, 卒業; round 45)
             unless=WRITER_SENT + "|" + PUBLIC_LEAVE_TAKING),
        # round 21 (blind21): a farewell sent or posted by someone, then no way to reach them - the structure, not the
        # words: what the message said (a leave-taking: 子どもたちをよろしく, みんなありがとう, もう終わりにする,
        # 探さないで), that it came from them (届いた, 来た, 送ってきた, 投稿, 書き込み), and them unreachable
        # (電話に出ない, 既読がつかない, 電源が切れている, 連絡がつかない, 返信がない)
        rule("suicide_threat", "police",
             # (both in the pattern, not a ``needs`` guard: a guarded match would silence the classifiers)
             FAREWELL_CAME + r"[^\n]*?(?:" + UNREACHABLE + r")|(?:" + UNREACHABLE + r")[^\n]*?" + FAREWELL_CAME,
             unless=WRITER_SENT),
        # round 22 (blind22): the same farewell with a place one could fall or jump from, where they are or in a
        # photo they sent (駅ビルの屋上にいて「今までありがとう」ってだけ送ってきた, ばいばいってLINEして橋の写真)
        rule("suicide_threat", "police",
             FAREWELL_CAME + r"[^\n]*?" + DANGER_PLACE + "|" + DANGER_PLACE + r"[^\n]*?" + FAREWELL_CAME,
             unless=WRITER_SENT),
        # --- 119 ---
        # eating, then swelling and the voice or breath going (エビを食べてから顔が腫れて、声がかすれて)
        rule("anaphylaxis", "medical",
             r"(?:たべて|食べて|たべた|食べた|のんで|飲んで|さされて|刺されて)(?:から|あと|後)?[^\n]{0,20}?"
             r"(?:はれ|腫れ|ぱんぱん|じんましん|ぶつぶつ)[^\n]{0,12}?(?:こえ|声|いき|息|こきゅう|のど|喉)(?:が)?[^\n]{0,3}?"
             r"(?:かすれ|でな|出な|でね|出ね|くるし|苦し|ぜえ|ひゅう|つま|詰ま|しにく|しづら)"),
        # --- police consultation (#9110; 110 when happening now) ---
        # a threat quoted (「許さない」というメッセージ, 「火つけっぞ」って言う)
        rule("threat", "stalking",
             r"(?:ゆるさ|許さ)(?:ない|ねえ|ねぇ|ん)(?:ぞ|からな?)?(?:という|とゆう|って|と(?:いわ|言わ|いっ|言っ))"
             r"|(?:ひ|火)(?:を|さ)?(?:つけ|付け)(?:る|っ)ぞ|(?:もやし|燃やし)て(?:やる|やっ)"),
        # --- consumer (188) ---
        rule("consumer", "consumer",
             # a stamp pressed or forced (判子押さねえば帰らねえ, 契約さ判こ押さしぇられだ)
             r"(?:はんこ|判子|判こ|ハンコ|いんかん|印鑑|さいん|サイン|判(?=を|さ))(?:を|さ)?[^\n]{0,4}?(?:おさ|押さ|おし|押し)"
             r"(?:ねえ|ない|なきゃ|ないと|ねば|せられ|しえられ|され|てしま|てしも|ちゃっ)"
             # done as told by a seller (営業の人に言われるまま), many units at once (浄水器を3台も)
             r"|(?:いわれるまま|言われるまま|すすめられるまま|勧められるまま)[^\n]{0,24}?(?:かって|買って|かった|買った|けいやく|契約)"
             r"|(?:[0-9０-９]+|なん|何|ふた|二|みっ|三|よん|四|ご|五)(?:たい|台|こ|個|せっと|セット|ほん|本|つ)も[^\n]{0,4}?"
             r"(?:かって|買って|かった|買った|かわされ|買わされ|けいやく|契約)"
             # a contract signed, asked to be undone (契約をしてしまいました、取り消せますか)
             r"|(?:けいやく|契約)(?:を|さ)?(?:して|し)(?:しま|しも|ちゃっ)"
             r"|(?:とりけせ|取り消せ|やめられ|やめらえ|かいやくでき|解約でき)(?:ます|る)?(?:か|でしょう|っぺ|べ)"
             # options or contracts not asked for (いらないオプションをつけられた, 勝手に契約変わってて)
             r"|(?:いらない|不要な|たのんでない|頼んでない)[^\n]{0,6}?(?:おぷしょん|オプション|さーびす|サービス)"
             r"|(?:かってに|勝手に|むだんで|無断で)[^\n]{0,10}?(?:けいやく|契約|ぷらん|プラン|おぷしょん|オプション|かいせん|回線)",
             # (round 38: or urged at the door, 玄関先で勧められまして、ついはんこを; a stamp pressed after being
             # urged or at the door in 4 other writers, all 188)
             needs=SELLER + r"|おぷしょん|オプション|かいせん|回線|ぷらん|プラン|すまほ|スマホ|すすめられ|勧められ"
                   r"|げんかんさき|玄関先"),
        # --- disaster ---
        rule("evacuation", "disaster",
             r"(?:ながい|長い|つよい|強い|おおきな|大きな|おおきい|大きい)(?:ゆれ|揺れ)"
             r"|(?:たかだい|高台)(?:の(?:ほう|方))?(?:へ|に|さ|まで)[^\n]{0,6}?(?:にげ|逃げ|はしって|走って|むか|向か|いそ|急)"
             r"|(?:かわ|川|かせん|河川)の(?:すいい|水位)"),
    )

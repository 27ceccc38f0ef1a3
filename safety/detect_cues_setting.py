"""A topic word as the *setting* of an event, not its topic (訓練中に人が倒れて, 体験会の途中で溺れた): the pattern
:mod:`safety.detect_topic` searches right after a topic word's match. Split from :mod:`safety.detect_cues`
(forty-ninth session) to keep modules small."""

from __future__ import annotations

from safety.rule import PEOPLE
from safety.vocabulary import compile_folded

# A topic word as the *setting* of an event is no topic: 訓練中に人が倒れて, 体験会の途中で溺れた, 点検中に落ちた,
# 検診に行ったら待合室で倒れた, 教室で先生が倒れて, 教室でご一緒の方が, 大会の会場でおっさんが倒れて, 消防団の人が倒れて
# (searched right after the topic word's match; the reading of 方 is ほう).
# What a film or a programme's watcher has beside them (隣の席, 前の席, 部屋, 台所, 外, 窓, 玄関, family): a thing told
# there happens in the room, not on the screen.
BESIDE_THE_WATCHER = (r"となり|隣|(?:まえ|前|うしろ|後ろ|ななめ|斜め)(?:の)?(?:せき|席)|きゃくせき|客席|かんない|館内"
                      r"|じょうない|場内"
                      r"|へや|部屋|だいどころ|台所|そと|外|まど|窓|げんかん|玄関|ろうか|廊下|にかい|二階|2階|きんじょ|近所"
                      r"|ちち|父|はは|母|おっと|夫|つま|妻|むすこ|息子|むすめ|娘|まご|孫|そふ|祖父|そぼ|祖母|じいちゃん|ばあちゃん"
                      r"|しゅじん(?!こう)|主人(?!公)|かない|家内|だんな|旦那")
SETTING_AFTER = compile_folded(
                               # prevention done, then what happened all the same (熱中症防止に水分とってたけど頭が
                               # 痛くて, 予防してたのに; round 54): the prevention is the setting, not the topic
                               r"(?:(?<=ぼうし)|(?<=よぼう)|(?<=たいさく))[^\n]{0,10}?(?:て(?:い)?た|てる|てまし(?:た)?)(?:けど|けんど|だども|のに)"
                               r"|(?:かい|会|しき|式)?(?:の)?(?:ちゅう|中|なか(?:に|で)|さいちゅう|最中|とちゅう|途中)"
                               # ... or a task of it under way (祭りの後片付け中, 消防団の放水訓練中に, 運動会の準備の
                               # 途中で; round 54, blind55) - not ちゅう of another word (熱中症, 注意, 注射, 中止)
                               r"|の[^\n]{1,8}?(?:ちゅう(?!い|しゃ|しょう|し(?:に|と|で|です|だ|する|した|され)|もく|こく"
                               r"|ごく|かん)|中(?!止|症)|さいちゅう|最中|とちゅう|途中)"
                               # ... or the ground just outside the hall a topic word names (葬儀場の前の交差点で,
                               # 結婚式場の駐車場で; round 54, blind55b): where something happens, whoever it happens to
                               r"|(?:じょう|場|かいかん|会館)の(?:まえ|前|ちかく|近く|よこ|横|うら|裏"
                               r"|ちゅうしゃじょう|駐車場|いりぐち|入口|入り口)(?:の[^\n]{1,5}?)?で"
                               r"|の(?:ひと|人|かた|方|いん|員|だんせい|男性|じょせい|女性)(?:が|は|の)"
                               # ... or its site told as the place (解体の現場でブロック塀が崩れて, 解体工事の現場さ;
                               # round 58, wide60b): a demolition site is where the worker was hurt
                               r"|の?(?:げんば|現場)(?:で|に|の|から|さ|へ)"
                               # ... or its staff or guards, told as a person (祭りのスタッフの人が痙攣して; round 52,
                               # blind53b)
                               r"|の(?:すたっふ|スタッフ|かかりいん|係員|けいびいん|警備員|うんえい|運営)(?:の(?:ひと|人|かた|方))?(?:さん)?(?:が|は)"
                               # a caller at the door named by their trade (保険の営業の方と玄関で話していたら, 新聞の
                               # 勧誘の人と; round 51, wide53b): a visitor, the setting of what happened to the
                               # household
                               r"|の(?:えいきょう|営業|せーるす|セールス|かんゆう|勧誘|がいこう|外交)(?:の)?(?:ひと|人|かた|方|ほう"
                               r"|いん|員|さん|まん|マン)(?:と|が|は|の)"
                               # a care home's resident or user (介護施設の入居者さんが倒れて): a setting, not the topic
                               r"|(?:しせつ|施設|ほーむ|ホーム)の(?:にゅうきょしゃ|入居者|りようしゃ|利用者|おとしより|お年寄り)"
                               r"(?:さん|さま|様)?(?:が|は)"
                               # ... and its staff telling of one (介護施設の職員です, 介護の者ですが; round 39)
                               r"|(?:しせつ|施設|ほーむ|ホーム)?の(?:しょくいん|職員|すたっふ|スタッフ|もの|者|やきん|夜勤"
                               r"|へるぱー|ヘルパー)(?:ちゅう|中)?(?:です|だ|で|なん)"
                               # ... a call from the home about one of its residents (介護施設から電話がございまして、
                               # 認知症の父が施設を抜け出して; round 42)
                               r"|(?:しせつ|施設|ほーむ|ホーム)(?:の(?:ほう|方))?から(?:の)?(?:でんわ|電話|れんらく|連絡)"
                               r"|(?:に|へ)(?:いっ|行っ|き|来|で(?:かけ|掛け)|出かけ)(?:た|て)(?:ら|とき|時)"
                               # the day after it, when a sign was found (草刈りボランティアの翌日、脇の下に…; round
                               # 55, wide57b): the occasion dates what happened, it is not what is asked about
                               r"|の(?:よくじつ|翌日|つぎのひ|次の日)(?:に|の(?:あさ|朝|よる|夜))?"
                               # ... or the counter or the queue its errand brought one to (年金支給日の銀行の列で、前の
                               # 人が倒れて, 税金の窓口で隣の男性が; round 58, blind59a): where something happens, not
                               # what is asked about; a few characters of the errand between (支給日, 受け取り), no の
                               # among them (熱中症予防の飲み物、市役所で is what is handed out, not where)
                               r"|(?:の?[^\nの]{1,6}?)?の(?:ぎんこう|銀行|ゆうびんきょく|郵便局|まどぐち|窓口|うけつけ|受付|しやくしょ|市役所"
                               r"|やくしょ|役所|れつ|列|ぎょうれつ|行列)(?:の(?:まどぐち|窓口|れつ|列|ぎょうれつ|行列|まえ|前|なか|中"
                               r"|ろびー|ロビー|えーてぃーえむ|atm))?(?:で|に)"
                               # ... while there, told as going on (運動会の見学に来ておったら隣の方が; round 51)
                               r"|(?:かい|会)?(?:に|へ)(?:いっ|行っ|き|来)(?:て(?:い|お|おっ)?|とっ)た(?:ら|とき|時)"
                               # gone in for it, or brought a child to it (点検に入った同僚が倒れ, 七夕まつりに孫を
                               # 連れてまいりましたが…見つかりません; round 43, wide45b)
                               r"|(?:に|へ)(?:はいっ|入っ)(?:た|て)(?!もら|いただ)|に[^\n]{0,4}?(?:を)?(?:つれて|連れて)"
                               # ... or come to it (田植え体験さ来てだ孫; round 52, wide54)
                               r"|(?:に|へ|さ)(?:き|来)て(?:い|お)?(?:た|だ)(?!ら)"
                               # a means named as too little for what is going on (消火器じゃ間に合わねえ, 消火器では
                               # 消せない; round 52, wide54)
                               r"|(?:じゃ|では|でも|で)(?:もう)?(?:まにあわ|間に合わ|けせ|消せ|けしきれ|消しきれ|おいつか|追いつか)"
                               r"(?:ない|ねえ|ね|ん|ません)"

                               r"|(?:を)?(?:して|し)(?:い)?(?:たら|るとき|る時|たとき|た時)"
                               # ... or while at it (乾燥機の点検をしとって、急に倒れて; 点検していて; round 44,
                               # blind45a), not a request (点検をしていただけますか, 点検してもらって)
                               r"|(?:を)?(?:しとっ|しよっ|しちょっ|してっ|してい(?:まし)?|してお(?:っ|り(?:まし)?))(?:て|た(?:ら|とき|時))"
                               r"|から(?:かえ|帰|もと|戻)|の(?:あと|後|かえり|帰り)"
                               # ... or over, told as what came before (葬式終わって家に戻ったら, 法事が済んで;
                               # round 58, blind59b): what happened after a ceremony is not the ceremony asked about
                               r"|(?:が|も)?(?:おわ|終わ|すん|済ん)(?:って|て)"
                               # ... or the day's occasion told, then what happened (今日お葬式だったんだけど、
                               # 窓から煙が)
                               r"|(?:だっ|でし)た(?:ん|の)?(?:だ|です)?(?:けど|けれど|けんど|が)"
                               # ... or a task for it under way (葬式の料理作ってたら, 式の支度をしておったら; round 58)
                               r"|の[^\n]{1,8}?(?:って|て)(?:い|お|おっ)?(?:まし)?(?:た|だ)(?:ら|とき|時)"
                               # ... or watched or cheered at (野球の大会を見ておりましたら, 試合を応援してたら; round
                               # 53, wide55)
                               # (a film, a drama or a programme watched stays a story told: 映画を見てたら;
                               # merged tree)
                               r"|(?<!えいか)(?<!えいが)(?<!映画)(?<!どらま)(?<!ドラマ)(?<!てれび)(?<!テレビ)(?<!ばんくみ)"
                               r"(?<!ばんぐみ)(?<!番組)(?<!あにめ)(?<!アニメ)(?<!まんか)(?<!まんが)(?<!漫画)(?<!どうか)(?<!どうが)"
                               r"(?<!動画)(?<!にゅーす)(?<!にゅうす)(?<!ニュース)"
                               r"を(?:み|見|けんぶつ|見物|おうえん|応援|かんせん|観戦|けんがく|見学)(?:に(?:いっ|行っ|き|来))?"
                               r"(?:し)?て(?:い|お)?(?:まし)?たら"
                               # ... but a film or a programme watched is a setting when what follows is told beside
                               # the watcher - a seat, a room, outside, one's family (映画を見てたら隣の席の人が倒れて,
                               # テレビで映画を見てたら部屋に煙が; round 54): the event is real, not the story's
                               r"|(?:(?:かん|館)(?:で|に)[^\n]{0,6}?)?(?:を)?(?:み|見)(?:て(?:い|お)?(?:まし)?たら"
                               r"|て(?:い)?る(?:とき|時|さいちゅう|最中)(?:に)?)"
                               r"(?=[^\n]{0,6}?(?:" + BESIDE_THE_WATCHER + r"))"
                               # ... or its own bus or car told doing something (スキー教室のバスが溝に落ちた, 研修の
                               # 送迎バスが; round 53, wide55): the course's vehicle, the scene
                               r"|の(?:そうげい|送迎)?(?:ばす|バス|まいくろばす|マイクロバス|くるま|車|わごん|ワゴン)(?:が|も|(?=[^\n]{0,10}?"
                               r"(?:おち|落ち|すべっ|滑っ|ぶつか|つっこ|突っ込|ひっくりかえ|ひっくり返|よこだおし|横倒し|おうてん"
                               r"|横転|じこ|事故)))"
                               # ... or done before what is told (学校の話をした後に過呼吸のように; round 49, wide49b)
                               r"|(?:を)?(?:した|して|きいた|聞いた|きいて|聞いて)(?:あと|後|から)"
                               # ... or the time since it (奥さんのお葬式からこっち何も食べていない; round 47, wide49b)
                               r"|から(?:こっち|ずっと|いままで|今まで|このかた)|(?:の)?(?:いらい|以来)"
                               # ... or once it was over, or just after it with a person told at once (葬式が終わって
                               # から母が, 葬儀のあと父が; round 58) - not what to do after it (葬儀のあとの手続き)
                               r"|(?:が|を)?(?:おわって|終わって|すんで|済んで|おえて|終えて)(?:から|いらい|以来)"
                               r"|の(?:あと|後)(?:から|で|に)?[、,]?(?=[^\n]{0,12}?(?:" + PEOPLE + r"|もしゅ|喪主))"
                               # ... or a task done at it (葬儀のお手伝いに来ております, 葬式の手伝いで腰を痛めて,
                               # 葬儀の受付を手伝ってくれた母が; round 58)
                               r"|の(?:お)?(?:てつだい|手伝い|うけつけ|受付|ちゅうしゃじょうせいり|駐車場整理)(?:を)?"
                               r"(?:に|で|して|しに|てつだ|手伝)"
                               # ... or the errand that brought one to a place (年金の手続きで市役所に
                               # おりますが; round 46, wide48)
                               r"|(?:の[^\n]{1,5}?)?で[^\n]{1,8}?(?:に|へ|さ)(?:おり|いま|いる|きて|来て|きま|来ま)"
                               # (a course's spot too: マラソン大会のゴール手前で、ランナーの男性が; round 44)
                               # (a 会 the topic word ended on, its 場 after: 申告相談会場で高齢の男性が; round 49)
                               r"|(?:の)?(?:かいじょう|会場|(?:(?<=かい)|(?<=会))(?:じょう|場)|ばしょ|場所"
                               r"|(?:ごーる|ゴール|こーす|コース|すたーと|スタート)"
                               r"(?:てまえ|手前|ふきん|付近|ちかく|近く)?)?で(?=[^\n]{0,10}?(?:ひと|人|せんせい|先生|せんしゅ|選手"
                               r"|らんなー|ランナー|さんかしゃ|参加者|こども|子ども|子供|おとこ|男|おんな|女|おっさん|おっちゃん|おじさん|おばさん|おばちゃん"
                               r"|じいさん|ばあさん|としより|きゃく|客|(?<=の)(?:かた|ほう(?=が|は))|方"
                               r"|だんせい|男性|じょせい|女性"
                               # a pupil or a student acting in a classroom (教室で生徒がカッターを振り回して; round 47,
                               # wide49: 教室 names a course, not the room a pupil is in)
                               r"|せいと|生徒|がくせい|学生|じどう|児童|だんし|男子|じょし|女子|おとこのこ|男の子|おんなのこ|女の子)"
                               r"(?:が|は|の))"
                               # ... or one's own child or grandchild at its grounds, a particle dropped
                               # (花火大会の会場で、うぢの坊主いねぐなった; round 43)
                               r"|(?:の)?(?:かいじょう|会場)で(?=[^\n]{0,10}?(?:まご|孫|むすこ|息子|むすめ|娘"
                               r"|ぼうず|坊主))"
                               # ... or the hall a topic word names, and its rooms, with a person told at once
                               # (葬儀場の控室で、親戚のおばあちゃんが; 結婚式場のロビーで男性が; round 49, blind50b)
                               r"|(?:の)?(?:じょう|場|かいかん|会館)(?:の[^\n]{1,5}?)?で"
                               r"(?=[^\n]{0,12}?(?:" + PEOPLE + r"))"
                               # ... or a room of the home where someone is found at once (風呂釜を使ったあとの浴室の
                               # 前で母が; round 51, wide53): the scene, not an aftermath asked about
                               r"|(?:よくしつ|浴室|ふろば|風呂場|だついじょ|脱衣所|へや|部屋|だいどころ|台所|といれ|トイレ"
                               r"|いま|居間|しんしつ|寝室|ろうか|廊下)(?:の(?:まえ|前|なか|中|おく|奥))?(?:で|に)"
                               r"(?=[^\n]{0,4}?(?:" + PEOPLE + r"))")
SETTING_WINDOW_CHARS = 16

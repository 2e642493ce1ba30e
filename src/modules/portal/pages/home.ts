import { html, type Html } from '../../../platform/html/html.js';

/**
 * The portal's home: find a procedure, submit online, track a dossier by its code, send a
 * reflection, the reception calendar and the commitments made to the people, the public figures,
 * and the commune's grassroots-democracy pages.
 */
export function homePage(options: { unitName?: string | undefined }): Html {
  return html`
<h1>Cổng dịch vụ công${options.unitName ? html` — ${options.unitName}` : ''}</h1>
<p>Nơi người dân, tổ chức tìm hiểu thủ tục hành chính, nộp hồ sơ, tra cứu tiến độ và đánh giá sự hài lòng.</p>
<div class="cards">
  <section class="card" aria-labelledby="tim-thu-tuc"><h2 id="tim-thu-tuc">Tìm thủ tục hành chính</h2>
  <p class="muted">Thành phần hồ sơ, phí, lệ phí và thời hạn giải quyết.</p>
  <form method="get" action="/thu-tuc" role="search"><label for="q">Tên thủ tục</label>
  <div class="row"><input id="q" name="q" type="search" placeholder="ví dụ: khai sinh"><button type="submit">Tìm</button></div></form>
  <p><a href="/thu-tuc">Xem toàn bộ danh mục thủ tục</a></p></section>
  <section class="card" aria-labelledby="nop-truc-tuyen"><h2 id="nop-truc-tuyen">Nộp hồ sơ qua mạng</h2>
  <p class="muted">Gửi bản chụp giấy tờ, không phải đến cơ quan; cán bộ một cửa kiểm tra và báo kết quả tiếp nhận qua tin nhắn.</p>
  <p><a class="button" href="/thu-tuc?truc-tuyen=1">Nộp hồ sơ trực tuyến</a></p></section>
  <section class="card" aria-labelledby="tra-cuu"><h2 id="tra-cuu">Tra cứu hồ sơ</h2>
  <form method="get" action="/tra-cuu">
    <div class="field"><label for="ma">Mã hồ sơ <span class="hint">In trên giấy tiếp nhận</span></label><input id="ma" name="ma" class="wide" required autocomplete="off"></div>
    <div class="field"><label for="sdt">4 số cuối điện thoại</label><input id="sdt" name="sdt" inputmode="numeric" pattern="[0-9]{4}" maxlength="4" required size="6" autocomplete="off"></div>
    <button type="submit">Tra cứu</button>
  </form></section>
  <section class="card" aria-labelledby="phan-anh"><h2 id="phan-anh">Phản ánh, kiến nghị</h2>
  <p class="muted">Báo một vấn đề hoặc đề xuất với xã, phường; theo dõi bằng mã và đọc câu trả lời.</p>
  <p><a class="button" href="/phan-anh-kien-nghi">Gửi phản ánh, kiến nghị</a> · <a href="/phan-anh-kien-nghi/tra-cuu">Tra cứu</a></p></section>
  <section class="card" aria-labelledby="tiep-cong-dan"><h2 id="tiep-cong-dan">Tiếp công dân</h2>
  <p class="muted">Lịch lãnh đạo xã, phường và cơ quan tiếp công dân; đăng ký trước để được xếp số thứ tự.</p>
  <p><a class="button" href="/tiep-cong-dan">Xem lịch tiếp công dân</a></p></section>
  <section class="card" aria-labelledby="cam-ket"><h2 id="cam-ket">Cam kết với người dân</h2>
  <p class="muted">Việc chính quyền đã hứa sau đối thoại và tiếp công dân: ai làm, hạn khi nào, đã làm đến đâu.</p>
  <p><a href="/cam-ket">Xem các cam kết</a></p></section>
  <section class="card" aria-labelledby="dan-chu-co-so"><h2 id="dan-chu-co-so">Dân chủ ở cơ sở</h2>
  <p class="muted">Việc xã, phường công khai và việc Nhân dân quyết định; mô hình "Dân vận khéo"; tổ hòa giải ở thôn và trợ giúp pháp lý miễn phí.</p>
  <ul class="links"><li><a href="/thong-tin-cong-khai">Thông tin công khai</a></li><li><a href="/nhan-dan-quyet-dinh">Nhân dân bàn và quyết định</a></li><li><a href="/dan-van-kheo">Mô hình "Dân vận khéo"</a></li><li><a href="/hoa-giai-tro-giup-phap-ly">Hòa giải, trợ giúp pháp lý</a></li></ul></section>
  <section class="card" aria-labelledby="cong-khai"><h2 id="cong-khai">Công khai kết quả</h2>
  <p class="muted">Số hồ sơ tiếp nhận, giải quyết đúng hạn và mức độ hài lòng của từng đơn vị.</p>
  <p><a href="/cong-khai">Xem kết quả giải quyết hồ sơ</a></p></section>
</div>`;
}
